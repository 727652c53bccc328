import { describe, expect, it } from 'vitest';
import { appointedPerson } from '../../../lib/extract/appointment';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { nicknamedName } from '../../../lib/extract/people/nickname';
import { signalsOf } from './read-page';

/**
 * People read since the blind sets of East and Southeast Asia (holdout85, holdout86): a role's introduction page in
 * Chinese, appointment headlines in Chinese and Indonesian, a name with a nickname in quotes, plant and quality
 * titles in Vietnamese and Korean. Invented people, companies, streets.
 */
const NOW = Date.UTC(2026, 11, 7);
const ctx = { url: 'https://news.example/2026/12/appointment', observedAt: NOW };
const notice = (...texts: string[]) => {
  const p = appointedPerson(texts, ctx);
  return p && [p.name?.value, p.title?.value, p.employer?.value];
};

describe("a role's introduction page", () => {
  const page = (title: string, heading: string, under: string) =>
    `<html lang="zh-Hant"><head><title>${title}</title></head><body><h1>${heading}</h1><p>${under}</p>` +
    '<p>她畢業於大學，曾任多家公司主管。</p><footer>青山茶業股份有限公司 版權所有</footer></body></html>';

  it("gives the heading's name and the role the title introduces, where the line under the name opens on it", () => {
    const signals = signalsOf(
      page('總經理介紹｜青山茶業股份有限公司', '林秀英', '總經理 ／ General Manager　Lin Hsiu-Ying'),
      'https://www.qingshan-tea.example.tw/about/gm.html',
      NOW,
    );
    expect(signals?.person?.name?.value).toBe('林秀英');
    expect(signals?.person?.title?.value).toBe('總經理');
    expect(signals?.person?.seniority?.value).toBe('c-level');
  });

  it('gives nobody where the line under the heading does not hold the role', () => {
    const signals = signalsOf(
      page('總經理介紹｜青山茶業股份有限公司', '林秀英', '我們的故事從一間小茶行開始'),
      'https://www.qingshan-tea.example.tw/about/gm.html',
      NOW,
    );
    expect(signals?.person).toBeUndefined();
  });
});

describe('appointment headlines in Chinese and Indonesian', () => {
  it('reads "<company>新任<role><name>上任", the name opening on a surname', () => {
    expect(notice('海峰電子新任總經理張志明上任 拚海外市場')).toEqual(['張志明', '總經理', '海峰電子']);
    expect(notice('海峰電子新任總經理王強接任')).toEqual(['王強', '總經理', '海峰電子']);
  });

  it('reads "<name> Resmi Jabat <role> PT <company>" up to the publisher', () => {
    expect(notice('Budi Santoso Pratama Resmi Jabat Direktur Utama PT Kapuas Karet Lestari - Warta Niaga')).toEqual([
      'Budi Santoso Pratama',
      'Direktur Utama',
      'PT Kapuas Karet Lestari',
    ]);
    expect(notice('Siti Rahmawati Diangkat Sebagai Direktur Keuangan PT Mentari Logistik Nusantara')).toEqual([
      'Siti Rahmawati',
      'Direktur Keuangan',
      'PT Mentari Logistik Nusantara',
    ]);
  });

  it('reads no notice where no company follows the role', () => {
    expect(notice('Budi Santoso Resmi Jabat Direktur Utama')).toBeUndefined();
  });
});

describe('a name with a nickname in quotes', () => {
  it('reads the whole name, and the forms without the nickname and by it', () => {
    expect(nicknamedName('Ma. Lourdes “Lulu” Dizon-Agbayani')).toEqual({
      name: 'Ma. Lourdes “Lulu” Dizon-Agbayani',
      forms: ['Ma. Lourdes Dizon-Agbayani', 'Lulu Dizon-Agbayani'],
    });
    expect(nicknamedName('Roberto "Bobby" Sarmiento')?.forms).toEqual(['Roberto Sarmiento', 'Bobby Sarmiento']);
    expect(nicknamedName('Our “Best” Services')).toBeUndefined();
  });

  it("makes a bio page's subject, titled by the short form", () => {
    const html =
      '<html lang="en"><head><title>Lulu Dizon-Agbayani, Founder &amp; CEO | Bantayan Reef Outsourcing</title></head>' +
      '<body><h1>Ma. Lourdes “Lulu” Dizon-Agbayani</h1><p>Founder and Chief Executive Officer</p>' +
      '<p>Lulu started the company in a small office by the pier.</p></body></html>';
    const signals = signalsOf(html, 'https://www.bantayanreef.example/leadership/lulu-dizon-agbayani', NOW);
    expect(signals?.person?.name?.value).toBe('Ma. Lourdes “Lulu” Dizon-Agbayani');
    expect(signals?.person?.title?.value).toBe('Founder and Chief Executive Officer');
    expect(signals?.person?.seniority?.value).toBe('owner');
  });
});

describe('plant and quality titles', () => {
  it("reads a plant's director as operations in Vietnamese and Indonesian", () => {
    expect(classifyTitle('Giám đốc Nhà máy')).toEqual({ seniority: 'director', department: 'operations' });
    expect(classifyTitle('Kepala Pabrik').department).toBe('operations');
  });

  it('reads quality control and a plant as operations in Korean, Japanese and Chinese', () => {
    expect(classifyTitle('품질관리팀장')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('工場長').department).toBe('operations');
    expect(classifyTitle('品質管理課長').department).toBe('operations');
  });
});
