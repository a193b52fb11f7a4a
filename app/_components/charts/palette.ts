/**
 * Series colours: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), darkened where needed for a 3:1 contrast against white as WCAG asks of
 * graphical objects. Every chart also names its series in text (legend, table view).
 */
export const seriesColours = ['#0b5cad', '#b35900', '#007a5a', '#a8327a', '#5a4fcf', '#8a6d00'] as const;

export const colourOf = (index: number) => seriesColours[index % seriesColours.length]!;
