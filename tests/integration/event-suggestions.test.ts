// "Suggest an event" on SQLite and PostgreSQL: the public action (organizer page required, input kept on
// refusal, honeypot, per-IP limit in the database, audit) and the moderation queue (session, role, audit).
import { describe, expect, it, vi } from 'vitest';
import { PROVIDERS } from '../support/databases';
import { signInAsNewEditor, useTestDatabase } from '../support/use-test-database';
import { mockRequest } from '../support/next-mocks';
import { formData } from '../support/form-data';
import { expectHoneypotIgnored } from '../support/public-forms';

vi.mock('next/headers', () => import('../support/next-mocks'));
vi.mock('next/cache', () => import('../support/next-mocks'));
mockRequest.peerAddress = '203.0.113.7';


const valid = () => ({ title: 'Test IMG orientation webinar', organizerUrl: 'https://example.test/events/orientation', when: 'Every March', details: 'Free, online.', email: 'Visitor@Example.test', website: '' });

describe.each(PROVIDERS)('event suggestions on %s', (provider) => {
  const { database, suggest, admin, suggestions } = useTestDatabase(provider, {
    suggest: () => import('@/app/(site)/events/suggest/actions'), admin: () => import('@/app/admin/(dashboard)/events/suggestions/actions'), suggestions: () => import('@/lib/events/suggestions'),
  });

  it('stores a valid suggestion in the open queue with a hashed IP, audited', async () => {
    mockRequest.peerAddress = '203.0.113.20';
    expect(await suggest.suggestEventAction(null, formData(valid()))).toMatchObject({ ok: true, message: expect.stringContaining('Thank you') });
    const saved = await database.db.eventSuggestion.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(saved).toMatchObject({ title: valid().title, organizerUrl: valid().organizerUrl, startsLocal: 'Every March', email: 'visitor@example.test', status: 'open' });
    expect(saved.ipHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: 'event_suggestion.create', entityId: saved.id } });
    expect(audit.actorEmail).toBeNull();
    expect(audit.after).not.toContain('visitor@example.test');
    expect((await suggestions.listEventSuggestions('open')).rows.map((r) => r.id)).toEqual([saved.id]);
  });

  it('requires the organizer’s page and refuses bad input field by field, keeping what was typed', async () => {
    mockRequest.peerAddress = '203.0.113.21';
    const before = await database.db.eventSuggestion.count();
    const state = await suggest.suggestEventAction(null, formData({ ...valid(), organizerUrl: '', title: 'x', email: 'nope' }));
    expect(state).toMatchObject({ ok: false, values: { email: 'nope', when: 'Every March' } });
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['email', 'organizerUrl', 'title']);
    expect(state.fieldErrors.organizerUrl).toMatch(/organizer/);
    expect((await suggest.suggestEventAction(null, formData({ ...valid(), organizerUrl: 'javascript:alert(1)' }))).fieldErrors).toMatchObject({ organizerUrl: 'Enter a full http(s) URL' });
    expect(await database.db.eventSuggestion.count()).toBe(before);
  });

  it('a filled honeypot looks like success and writes nothing; 5 an hour per IP, then refused', async () => {
    mockRequest.peerAddress = '203.0.113.22';
    await expectHoneypotIgnored((data) => suggest.suggestEventAction(null, data), valid(), () => database.db.eventSuggestion.count());
    mockRequest.peerAddress = '198.51.100.30';
    for (let i = 0; i < 5; i++) expect(await suggest.suggestEventAction(null, formData(valid()))).toMatchObject({ ok: true });
    expect(await suggest.suggestEventAction(null, formData(valid()))).toMatchObject({ ok: false, message: expect.stringContaining('5 suggestions in the last hour'), values: { title: valid().title } });
    mockRequest.peerAddress = '198.51.100.31';
    expect(await suggest.suggestEventAction(null, formData(valid()))).toMatchObject({ ok: true });
  });

  it('an editor resolves or dismisses with a note, audited; no session or role is refused', async () => {
    const open = (await suggestions.listEventSuggestions('open')).rows.slice(0, 2);
    mockRequest.sessionToken = undefined;
    expect(await admin.closeEventSuggestionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: 'Listed' }))).toMatchObject({ ok: false, message: 'Please sign in again.' });
    await expect(suggestions.closeEventSuggestion({ id: 1, email: 'v@example.test', role: 'viewer' } as never, { id: open[0].id, status: 'resolved', note: 'x' })).rejects.toMatchObject({ name: 'AuthError' });
    await signInAsNewEditor(database, 'moderator@example.test');
    expect(await admin.closeEventSuggestionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: '' }))).toMatchObject({ ok: false, fieldErrors: { note: expect.any(String) } });
    expect(await admin.closeEventSuggestionAction(null, formData({ id: String(open[0].id), status: 'resolved', note: 'Listed from the organizer page' }))).toMatchObject({ ok: true });
    expect(await admin.closeEventSuggestionAction(null, formData({ id: String(open[1].id), status: 'dismissed', note: 'Not for IMGs' }))).toMatchObject({ ok: true });
    expect(await admin.closeEventSuggestionAction(null, formData({ id: String(open[0].id), status: 'dismissed', note: 'again' }))).toMatchObject({ ok: false, message: expect.stringContaining('already closed') });
    const audit = await database.db.auditLog.findMany({ where: { actorEmail: 'moderator@example.test' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['event_suggestion.resolve', open[0].id], ['event_suggestion.dismiss', open[1].id]]);
    const { counts } = await suggestions.listEventSuggestions('resolved');
    expect(counts).toMatchObject({ resolved: 1, dismissed: 1 });
    mockRequest.sessionToken = undefined;
  });
});
