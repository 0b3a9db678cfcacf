import { describe, expect, it } from 'vitest';
import { cyclePosition, timeSegments, yearTicks } from '@/lib/charts/scale';

describe('the /numbers time axis', () => {
  it('places each cycle at its year', () => {
    expect(['2003', '2006 entering class', '2009-2010', '2019', '2019-2020', 'c. 2019-2020', '2023-2024', 'n/a'].map(cyclePosition)).toEqual([
      2003, 2006, 2009.5, 2019, 2019.5, 2019.5, 2023.5, null,
    ]);
  });

  it('ticks whole years at a readable step', () => {
    expect(yearTicks(2003, 2023.5)).toEqual([2005, 2010, 2015, 2020]);
    expect(yearTicks(2011, 2014)).toEqual([2011, 2012, 2013, 2014]);
    expect(yearTicks(2000, 2010)).toEqual([2000, 2002, 2004, 2006, 2008, 2010]);
  });

  it('draws measured segments only between neighbouring cycles a year apart; others cross a gap', () => {
    const segments = timeSegments([
      { position: 2011, value: 1331 },
      { position: 2013, value: 1777 },
      { position: 2014, value: 1901 },
      { position: 2016, value: null },
      { position: 2017, value: 1933 },
      { position: 2019, value: 1890 },
      { position: 2023.5, value: 1886 },
    ]);
    expect(segments.map((s) => [s.from.x, s.to.x, s.measured])).toEqual([
      [2011, 2013, false],
      [2013, 2014, true],
      [2014, 2017, false], // across the 2016 cycle that has no count
      [2017, 2019, false],
      [2019, 2023.5, false],
    ]);
    expect(timeSegments([{ position: 2019, value: null }])).toEqual([]);
  });
});
