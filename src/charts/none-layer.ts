/**
 * A panel whose series is zero everywhere draws nothing but its frame, which reads as a broken
 * chart. noneLayer puts a sentence in the middle of such a panel ("none in any year") so the
 * reader sees the zero is the finding.
 */
export const allZero = (values: readonly (number | null | undefined)[]): boolean =>
  values.length > 0 && values.every((v) => v === 0 || v === null || v === undefined) && values.some((v) => v === 0);

/** A text layer centred in a `width` × `height` view. */
export function noneLayer(text: string, width: number, height: number) {
  return {
    data: { values: [{}] },
    mark: { type: 'text' as const, fontSize: 13, color: '#555', align: 'center' as const, baseline: 'middle' as const },
    encoding: { x: { value: width / 2 }, y: { value: height / 2 }, text: { value: text } },
  };
}
