import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { checkCharacter } from '../domain/id-number';

/**
 * Realistic Chinese medical records rendered to images, with their ground truth, for tests and the
 * OCR benchmark. Nothing is downloaded: the font comes from an npm package.
 */

const require = createRequire(import.meta.url);
export const CJK_FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const FONT = 'NotoSansSC';
GlobalFonts.registerFromPath(CJK_FONT_PATH, FONT);

export type RecordKind = 'discharge' | 'outpatient' | 'lab';

export type RecordSpec = {
  readonly kind: RecordKind;
  readonly hospital: string;
  readonly name: string;
  readonly sex: '男' | '女';
  readonly age: number;
  readonly idNumber: string;
  readonly recordNo: string;
  readonly admissionDate: string | null;
  readonly dischargeDate: string | null;
  readonly visitDates: readonly string[];
  readonly reportDate: string | null;
  readonly diagnoses: readonly string[];
  /** The catalogue keys the diagnoses name (ground truth for mapping). */
  readonly diseaseKeys: readonly string[];
};

export const DEGRADATIONS = ['clean', 'rotated', 'blurred', 'noisy', 'low-contrast', 'angled'] as const;
export type Degradation = (typeof DEGRADATIONS)[number];

const cn = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
};

/** The printed lines of a record; the text a perfect OCR would return. */
export function recordLines(spec: RecordSpec): { title: string; lines: string[] } {
  const head = `姓名：${spec.name}    性别：${spec.sex}    年龄：${spec.age}岁`;
  const dx = spec.diagnoses.map((d, i) => `${i + 1}. ${d}`);
  if (spec.kind === 'discharge') {
    return {
      title: '出院记录',
      lines: [head, `身份证号：${spec.idNumber}`, `住院号：${spec.recordNo}`, `入院日期：${cn(spec.admissionDate ?? '')}`,
        `出院日期：${cn(spec.dischargeDate ?? '')}`, `出院诊断：${dx[0] ?? ''}`, ...dx.slice(1),
        '诊疗经过：患者入院后完善相关检查，给予对症治疗，病情好转。', '出院医嘱：规律用药，低盐低脂饮食，定期门诊复查。', '医师签名：刘明远'],
    };
  }
  if (spec.kind === 'outpatient') {
    return {
      title: '门诊病历',
      lines: [head, `身份证号：${spec.idNumber}`, `门诊号：${spec.recordNo}`,
        ...spec.visitDates.flatMap((v) => [`就诊日期：${v}`, `诊断：${spec.diagnoses.join('，')}`, '处理：继续目前治疗方案，监测血压血糖。'])],
    };
  }
  return {
    title: '检验报告单',
    lines: [head, `身份证号：${spec.idNumber}`, `门诊号：${spec.recordNo}`, '项目：空腹血糖  9.8 mmol/L  参考值 3.9-6.1',
      '项目：糖化血红蛋白  8.1 %  参考值 4.0-6.0', `临床诊断：${spec.diagnoses.join('，')}`, `报告日期：${spec.reportDate ?? ''}`],
  };
}

/** A4 at about 200 dpi, black text on white, the way a desk scanner delivers it. */
export async function renderRecord(spec: RecordSpec, degradation: Degradation = 'clean'): Promise<Buffer> {
  const width = 1654;
  const height = 2339;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#111111';
  const { title, lines } = recordLines(spec);
  g.font = `52px ${FONT}`;
  g.textAlign = 'center';
  g.fillText(spec.hospital, width / 2, 170);
  g.font = `44px ${FONT}`;
  g.fillText(title, width / 2, 250);
  g.textAlign = 'left';
  g.font = `32px ${FONT}`;
  lines.forEach((line, i) => g.fillText(line, 130, 380 + i * 64));
  return degrade(canvas.toBuffer('image/png'), degradation);
}

async function degrade(png: Buffer, how: Degradation): Promise<Buffer> {
  const img = sharp(png);
  switch (how) {
    case 'clean': return png;
    case 'rotated': return img.rotate(2.5, { background: '#ffffff' }).png().toBuffer();
    case 'blurred': return img.blur(1.3).png().toBuffer();
    case 'low-contrast': return img.linear(0.35, 150).png().toBuffer();
    case 'angled': return img.affine([[1, 0.03], [0.015, 0.97]], { background: '#ffffff' }).png().toBuffer();
    case 'noisy': {
      const { data, info } = await img.greyscale().raw().toBuffer({ resolveWithObject: true });
      let seed = 7;
      for (let i = 0; i < data.length; i += 1) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const r = seed % 1000;
        if (r < 12) data[i] = 0; else if (r < 24) data[i] = 255; else data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + (r % 41) - 20));
      }
      return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().toBuffer();
    }
  }
}

/** A valid 18-digit number (GB 11643) for a Liaocheng region and a birth date. */
export function makeIdNumber(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英'];
const CASES: readonly { diagnoses: string[]; keys: string[] }[] = [
  { diagnoses: ['2型糖尿病', '高血压病2级'], keys: ['DIABETES', 'HYPERTENSION'] },
  { diagnoses: ['II型糖尿病伴多个并发症'], keys: ['DIABETES'] },
  { diagnoses: ['高血压病3级（极高危）'], keys: ['HYPERTENSION'] },
  { diagnoses: ['冠状动脉粥样硬化性心脏病', '不稳定型心绞痛'], keys: ['CORONARY_HEART_DISEASE'] },
  { diagnoses: ['脑梗死恢复期'], keys: ['CEREBROVASCULAR_DISEASE'] },
  { diagnoses: ['慢性肾脏病5期', '肾性贫血'], keys: ['URAEMIA_DIALYSIS'] },
];
const HOSPITALS = ['聊城市人民医院', '阳谷县人民医院', '莘县人民医院', '聊城市第二人民医院'];

/** A deterministic variety of records for the benchmark and the extraction tests. */
export function sampleRecords(count: number, seed = 1): RecordSpec[] {
  let s = seed;
  const next = (n: number): number => { s = (s * 48271) % 2147483647; return s % n; };
  return Array.from({ length: count }, (_, i) => {
    const kind = (['discharge', 'outpatient', 'lab'] as const)[i % 3] as RecordKind;
    const c = CASES[next(CASES.length)] as (typeof CASES)[number];
    const year = 1945 + next(40);
    const birth = `${year}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const month = String(1 + next(9)).padStart(2, '0');
    return {
      kind,
      hospital: HOSPITALS[next(HOSPITALS.length)] as string,
      name: `${SURNAMES[next(SURNAMES.length)]}${GIVEN[next(GIVEN.length)]}`,
      sex: next(2) === 0 ? '男' : '女',
      age: 2025 - year,
      idNumber: makeIdNumber('371502', birth, 100 + next(800)),
      recordNo: String(2024000000 + next(99999)),
      admissionDate: kind === 'discharge' ? `2024-${month}-03` : null,
      dischargeDate: kind === 'discharge' ? `2024-${month}-17` : null,
      visitDates: kind === 'outpatient' ? [`2024-${month}-05`, `2024-${String(Number(month) + 2).padStart(2, '0')}-09`] : [],
      reportDate: kind === 'lab' ? `2024-${month}-21` : null,
      diagnoses: c.diagnoses,
      diseaseKeys: c.keys,
    };
  });
}
