import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * The CJK faces the corpus prints with, all from installed npm packages (nothing downloaded):
 * Noto Sans SC (黑体-like) in light, regular, medium, bold and black, Noto Serif SC (宋体-like) in
 * light, regular, medium, semibold and bold.
 */

const require = createRequire(import.meta.url);

const FILES = {
  sansLight: '@expo-google-fonts/noto-sans-sc/300Light/NotoSansSC_300Light.ttf',
  sans: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  sansMedium: '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf',
  sansBold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  serif: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  serifSemi: '@expo-google-fonts/noto-serif-sc/600SemiBold/NotoSerifSC_600SemiBold.ttf',
  serifBold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  serifLight: '@expo-google-fonts/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf',
  serifMedium: '@expo-google-fonts/noto-serif-sc/500Medium/NotoSerifSC_500Medium.ttf',
  sansBlack: '@expo-google-fonts/noto-sans-sc/900Black/NotoSansSC_900Black.ttf',
} as const;

export type Face = keyof typeof FILES;

const family = (face: Face): string => `Corpus-${face}`;

let registered = false;

function register(): void {
  if (registered) return;
  for (const face of Object.keys(FILES) as Face[]) {
    if (!GlobalFonts.registerFromPath(require.resolve(FILES[face]), family(face))) throw new Error(`font ${face} did not load`);
  }
  registered = true;
}

/** 200 dpi: one typographic point is 200 / 72 ≈ 2.78 px. */
export const DPI = 200;
export const pt = (points: number): number => (points * DPI) / 72;

/** A CSS font string for the canvas, registering the faces on first use. */
export function cssFont(face: Face, points: number): string {
  register();
  return `${pt(points).toFixed(1)}px ${family(face)}`;
}
