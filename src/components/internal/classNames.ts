/** Joins our class with the host's, host last so its rules win at equal specificity. */
export function mergeClassName(ours: string, host: string | undefined): string {
  return host ? `${ours} ${host}` : ours;
}
