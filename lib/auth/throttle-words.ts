// Plain words for how long a throttled person must wait.
export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'about a minute' : `${minutes} minutes`;
}
