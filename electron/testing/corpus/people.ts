import { checkCharacter } from '../../domain/id-number';
import { addDays, ageOn } from './dates';
import type { Rng } from './rng';

/** Patients and physicians: names (some with compound surnames) and valid 18-digit ID numbers. */

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林',
  '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '田', '董', '袁', '潘', '于', '蒋',
  '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪',
  '范', '金', '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫',
  '段', '雷', '侯', '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '覃', '武', '戴',
  '莫', '孔', '向', '汤', '常', '耿', '靳', '房', '聂', '牛', '岳', '翟', '鲁', '葛', '庞', '伊', '臧', '褚', '阚',
];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '公孙', '慕容', '令狐', '夏侯'];
const GIVEN_F = ['秀英', '玉兰', '桂英', '秀兰', '凤英', '淑珍', '丽', '芳', '敏', '静', '娟', '霞', '燕', '红梅', '桂芝',
  '玉珍', '翠花', '春梅', '素芬', '海燕', '雪', '倩', '婷', '爱华', '淑华', '兰英', '金凤', '美荣', '彩霞', '月娥'];
const GIVEN_M = ['伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '刚', '建国', '建华', '志强', '国庆', '保国',
  '长顺', '德胜', '振华', '海涛', '立新', '文斌', '树林', '玉柱', '庆林', '金山', '广才', '洪亮', '宝山', '春生', '福来'];

export type Sex = '男' | '女';

export type Patient = {
  readonly name: string;
  readonly sex: Sex;
  readonly birth: string;
  readonly idNumber: string;
};

/** Liaocheng county codes, the old prefecture code, and some neighbours (Jinan, Handan, Puyang, Heze). */
const REGIONS = ['371502', '371521', '371522', '371523', '371524', '371525', '371526', '371581', '371503', '372501',
  '372522', '370102', '130402', '410901', '371702'];

export function personName(rng: Rng, sex: Sex, compoundRate = 0.12): string {
  const surname = rng.chance(compoundRate) ? rng.pick(COMPOUND) : rng.pick(SURNAMES);
  const given = rng.pick(sex === '女' ? GIVEN_F : GIVEN_M);
  return surname + (surname.length === 2 && given.length === 2 && rng.chance(0.5) ? given.slice(0, 1) : given);
}

/**
 * A valid GB 11643 number whose birth date and sex digit agree with the patient. About one in
 * five is made to end in X (the check character 10), which OCR and extractors often get wrong.
 */
export function idNumber(rng: Rng, birth: string, sex: Sex): string {
  return idNumberIn(rng, birth, sex, REGIONS);
}

/** A patient of an age that makes sense for a chronic disease, `on` the document date. */
export function makePatient(rng: Rng, on: string, ages: readonly [number, number] = [38, 86], compoundRate = 0.12): Patient & { age: number } {
  const sex: Sex = rng.chance(0.5) ? '男' : '女';
  const birth = addDays(on, -Math.round(rng.range(ages[0], ages[1] + 1) * 365.25));
  return { name: personName(rng, sex, compoundRate), sex, birth, idNumber: idNumber(rng, birth, sex), age: ageOn(birth, on) };
}

/** A physician's name, never the patient's. */
export function physician(rng: Rng, not: readonly string[]): string {
  for (;;) {
    const n = personName(rng, rng.chance(0.6) ? '男' : '女', 0.05);
    if (!not.includes(n)) return n;
  }
}

/** Like `idNumber`, with the address code drawn from `regions` (a patient of a hospital in another province). */
export function idNumberIn(rng: Rng, birth: string, sex: Sex, regions: readonly string[]): string {
  const wantX = rng.chance(0.2);
  const head = rng.pick(regions) + birth.replace(/-/g, '');
  let seq = rng.int(0, 99);
  for (let tries = 0; tries < 500; tries += 1) {
    const sexDigit = (2 * rng.int(0, 4) + (sex === '男' ? 1 : 0)) % 10;
    const first17 = `${head}${String(seq).padStart(2, '0')}${sexDigit}`;
    const check = checkCharacter(first17);
    if (!wantX || check === 'X') return first17 + check;
    seq = (seq + 1) % 100;
  }
  throw new Error('no ID number found');
}
