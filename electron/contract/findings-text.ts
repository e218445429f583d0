import type { Finding, ItemProblem } from '../domain/evidence/check-materials';
import { LABELS } from './labels';

/** The Chinese sentence for each finding of the materials check: one wording for the screen and the 一次性告知书. */

export function problemText(p: ItemProblem): string {
  switch (p.code) {
    case 'NAME_MISMATCH': return `材料上的姓名“${p.params.onDoc}”与申请人不一致`;
    case 'ID_MISMATCH': return `材料上的身份证号 ${p.params.onDoc} 与申请人不一致`;
    case 'DATE_MISSING': return `未能确定${LABELS.evidenceDateFields[p.params.field]}`;
    case 'OUTSIDE_WINDOW': return `日期 ${p.params.date} 不在有效期（${p.params.from} 至 ${p.params.to}）内`;
    case 'ISSUER_UNKNOWN': return `出具机构“${p.params.issuer}”不在医疗机构目录中，无法确认其等级和性质`;
    case 'ISSUER_NOT_QUALIFIED': return `出具机构“${p.params.issuer}”的等级或性质不符合要求`;
    case 'ORIGINAL_NOT_SIGHTED': return '门诊病历须提供原件（或电子病历打印件），复印件不予认可';
    case 'SEAL_MISSING': return '复印件须加盖医院公章';
  }
}

export function findingText(f: Finding): string {
  switch (f.code) {
    case 'REQUIREMENT_UNMET':
      return `【${f.routeName}】缺少：${f.requirement}${f.need > 1 ? `（需 ${f.need} 份，现有合格 ${f.have} 份）` : ''}`;
    case 'ITEM_INVALID':
      return `“${f.label}”不能作为“${f.requirement}”：${f.problems.map(problemText).join('；')}`;
    case 'CONTINUITY_GAP':
      return `门诊就诊间隔 ${f.gapDays} 天（${f.from} 至 ${f.to}），超过 ${f.maxGapDays} 天，连续治疗存疑，请认定医师关注（R11）`;
    case 'UNRELATED_EVIDENCE':
      return '合格材料中未识别到与申请病种相关的诊断，请核对诊断或补充相关材料（R13）';
    case 'IDENTITY_UNREAD':
      return `“${f.label}”上未识别到姓名或身份证号，请人工核对`;
  }
}
