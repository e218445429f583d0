import { Input, List, Typography } from 'antd';
import { useState } from 'react';
import type { ApplicantDto } from '../../../../electron/contract';
import { useDesk } from '../../api/hooks';
import { maskIdNumber } from '../../ui/format';

/** Search already registered applicants by name, pinyin initials or id number. */
export function FindApplicant({ onPick }: { onPick: (a: ApplicantDto) => void }) {
  const [query, setQuery] = useState('');
  const found = useDesk('applicants.search', { query, page: 1, pageSize: 8 }, { enabled: query !== '' });

  return (
    <>
      <label htmlFor="find-applicant">查找参保人</label>
      <Input.Search id="find-applicant" allowClear placeholder="姓名、拼音首字母或身份证号" onSearch={(v) => setQuery(v.trim())} style={{ margin: '8px 0 12px' }} />
      {query !== '' && (
        <List<ApplicantDto>
          size="small" bordered loading={found.isLoading} dataSource={found.data?.items ?? []} locale={{ emptyText: '未找到' }}
          renderItem={(a) => (
            <List.Item actions={[<Typography.Link key="pick" onClick={() => onPick(a)}>选择</Typography.Link>]}>
              {a.name} · {maskIdNumber(a.idNumber)}
            </List.Item>
          )}
        />
      )}
    </>
  );
}
