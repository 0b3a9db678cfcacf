// The FormData a browser would post for a form's fields, for tests that call server actions directly.
export function formData(values: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}
