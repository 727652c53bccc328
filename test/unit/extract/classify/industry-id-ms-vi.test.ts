import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { normalizeText } from '../../../../lib/extract/classify/normalize';
import { pageScores } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences. Stated activities as the Indonesian (KBLI 2020), Malaysian (MSIC 2008) and Vietnamese (VSIC
// 2018) classifications title them, or as a company writes its trade.
const STATED: Array<[string, string]> = [
  // Indonesian
  ['Industri Pengolahan', 'manufacturing'],
  ['Industri Makanan', 'manufacturing'],
  ['Konstruksi', 'real-estate-construction'],
  ['Pengangkutan dan Pergudangan', 'transportation-logistics'],
  ['Penyediaan Akomodasi dan Penyediaan Makan Minum', 'hospitality-travel'],
  ['Aktivitas Keuangan dan Asuransi', 'financial-services'],
  ['Aktivitas Kesehatan Manusia dan Aktivitas Sosial', 'healthcare'],
  ['Pendidikan', 'education'],
  ['Real Estat', 'real-estate-construction'],
  ['Penerbitan Piranti Lunak', 'software'],
  ['Aktivitas Pemrograman, Konsultasi Komputer dan Kegiatan YBDI', 'it-services'],
  ['Industri Farmasi', 'healthcare'],
  ['Percetakan', 'manufacturing'],
  ['Rumah Sakit', 'healthcare'],
  // Malay
  ['Pembuatan', 'manufacturing'],
  ['Pembuatan minuman', 'manufacturing'],
  ['Pembinaan', 'real-estate-construction'],
  ['Pengangkutan dan penyimpanan', 'transportation-logistics'],
  ['Aktiviti kewangan dan insurans/takaful', 'financial-services'],
  ['Aktiviti hartanah', 'real-estate-construction'],
  ['Pengaturcaraan komputer, perundingan dan aktiviti berkaitan', 'it-services'],
  ['Aktiviti undang-undang dan perakaunan', 'professional-services'],
  ['Pengiklanan dan penyelidikan pasaran', 'marketing-advertising'],
  // Vietnamese
  ['Công nghiệp chế biến, chế tạo', 'manufacturing'],
  ['Xây dựng', 'real-estate-construction'],
  ['Vận tải kho bãi', 'transportation-logistics'],
  ['Dịch vụ lưu trú và ăn uống', 'hospitality-travel'],
  ['Hoạt động tài chính, ngân hàng và bảo hiểm', 'financial-services'],
  ['Y tế và hoạt động trợ giúp xã hội', 'healthcare'],
  ['Giáo dục và đào tạo', 'education'],
  ['Lập trình máy vi tính', 'software'],
  ['Viễn thông', 'telecommunications'],
  ['Hoạt động kinh doanh bất động sản', 'real-estate-construction'],
  ['Xuất bản phần mềm', 'software'],
];

const DESCRIBED: Array<[string, string]> = [
  ['Perusahaan pengolahan makanan ringan dengan pabrik sendiri di Bekasi.', 'manufacturing'],
  ['Kontraktor dan jasa konstruksi gedung perkantoran serta perumahan.', 'real-estate-construction'],
  ['Rumah sakit swasta dengan klinik gigi, dokter spesialis dan layanan rawat inap.', 'healthcare'],
  ['Firma guaman di Kuala Lumpur: peguam, perunding cukai dan perkhidmatan perakaunan.', 'professional-services'],
  ['Kilang pembuatan perabot kayu untuk pasaran eksport.', 'manufacturing'],
  ['Công ty phần mềm: phát triển phần mềm và ứng dụng di động cho doanh nghiệp.', 'software'],
  ['Bệnh viện đa khoa với phòng khám nha khoa và bác sĩ chuyên khoa.', 'healthcare'],
  ['Dịch vụ vận tải và giao nhận, kho bãi cho hàng hóa xuất nhập khẩu.', 'transportation-logistics'],
];

const sample = (text: string, about = ''): PageSample =>
  ({ text, about, headings: '', types: [], tels: [] }) as unknown as PageSample;

describe('Indonesian, Malay and Vietnamese vocabulary', () => {
  it('folds Vietnamese marks and đ as the stems are written', () => {
    expect(normalizeText('Đào tạo, Công nghiệp chế biến')).toBe('dao tao cong nghiep che bien');
  });

  it.each(STATED)('reads the stated activity %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it.each(DESCRIBED)('reads the description %s', (text, group) => {
    expect(industryGroup(text, true)?.group).toBe(group);
  });

  it('scores a page by its trade words', () => {
    const [id] = pageScores(
      sample(
        'Percetakan kami melayani cetak offset dan digital. Pabrik dengan lini produksi dan kapasitas produksi besar.',
        'Percetakan dan pabrik kemasan',
      ),
    );
    expect(id?.[0]).toBe('manufacturing');
    const [ms] = pageScores(
      sample('Ejen hartanah dan pemaju hartanah: kondominium, rumah untuk dijual.', 'Hartanah di Johor Bahru'),
    );
    expect(ms?.[0]).toBe('real-estate-construction');
    const [vi] = pageScores(
      sample('Khách sạn bốn sao với nhà hàng, đặt phòng trực tuyến, tour du lịch Hạ Long.', 'Khách sạn và nhà hàng'),
    );
    expect(vi?.[0]).toBe('hospitality-travel');
  });

  it('leaves out words every company uses or that mean something else', () => {
    // Services, legal forms, products, careers, the privacy notice, "making a website", guidance, brand building.
    expect(industryGroup('PT Maju Jaya Tbk', true)).toBeUndefined();
    expect(industryGroup('Kami menyediakan layanan dan jasa terbaik untuk pelanggan.', true)).toBeUndefined();
    expect(industryGroup('Produk kami, karir, kebijakan privasi.', true)).toBeUndefined();
    expect(industryGroup('Syarikat Sdn Bhd: perkhidmatan pelanggan dan kerjaya.', true)).toBeUndefined();
    expect(industryGroup('Công ty TNHH: dịch vụ, sản phẩm, tuyển dụng, chính sách bảo mật.', true)).toBeUndefined();
    expect(industryGroup('Program pembinaan karyawan dan pembinaan UMKM binaan kami.', true)).toBeUndefined();
    expect(industryGroup('Chúng tôi xây dựng thương hiệu, tư vấn miễn phí.', true)?.group).not.toBe(
      'real-estate-construction',
    );
    expect(pageScores(sample('Layanan kami. Jasa kami. Tentang kami. Hubungi kami.', 'Layanan'))).toEqual([]);
  });

  it('takes no stem that spells a word of English, Spanish or another language read before', () => {
    // Spanish "y te" (Vietnamese "y tế" alone), English "in an" (Vietnamese "in ấn"), German "Dosen" and "Kursus".
    expect(industryGroup('Y te ayudamos a encontrar la mejor opción para tu familia y tus amigos.', true)).toBe(
      undefined,
    );
    expect(industryGroup('We moved in an afternoon and kept our promise to every neighbour.', true)).toBeUndefined();
    expect(industryGroup('Dosen und Kursus')).toBeUndefined();
    // An English page keeps its group.
    expect(industryGroup('Our hospital and clinics treat patients with modern medical care.', true)?.group).toBe(
      'healthcare',
    );
  });
});
