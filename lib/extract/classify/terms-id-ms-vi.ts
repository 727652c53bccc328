import type { GroupTerms } from './terms';

type Group = GroupTerms['group'];

/**
 * The same ISIC Rev. 4 section and division titles as ./terms.ts in Indonesian (KBLI 2020: "Industri Pengolahan",
 * "Konstruksi", "Pengangkutan dan Pergudangan", "Penyediaan Akomodasi dan Penyediaan Makan Minum", "Aktivitas
 * Kesehatan Manusia dan Aktivitas Sosial"), Malay (MSIC 2008: "Pembuatan", "Pembinaan", "Pengangkutan dan
 * penyimpanan", "Aktiviti kewangan dan insurans/takaful") and Vietnamese (VSIC 2018: "Công nghiệp chế biến, chế
 * tạo", "Xây dựng", "Vận tải kho bãi", "Dịch vụ lưu trú và ăn uống", "Lập trình máy vi tính"), with the trade's own
 * word where a title is a phrase no company writes ("pengolahan makanan", "percetakan", "rumah sakit", "kontraktor",
 * "kilang", "peguam", "phần mềm", "bệnh viện", "nhà máy", "nhà thầu"). Word stems, lower case, accents folded by
 * ./normalize.ts: Vietnamese tones and marks go with NFKD ("chế tạo" -> "che tao", "ư" -> "u", "ơ" -> "o"), and
 * "đ", which NFKD keeps whole, is folded to "d" there too ("Đào tạo" -> "dao tao"), so the stems are plain ASCII.
 * Vietnamese is written a syllable a word: its terms are phrases of two syllables or more, never one.
 * Two Malay section titles are common words in Indonesian ("pembuatan" making, as in "pembuatan website";
 * "pembinaan" guidance, as in "pembinaan karyawan"): alone they count only as a whole label (`^pembinaan$`), and
 * otherwise in a division's title or with a trade's word ("pembuatan minuman", "syarikat pembinaan"). So does
 * Vietnamese "xây dựng" (also "xây dựng thương hiệu", brand building) and "ngân hàng" (every shop's bank transfer).
 * Section J ("Informasi dan Komunikasi", "Maklumat dan komunikasi", "Thông tin và truyền thông") and R ("Kesenian,
 * Hiburan dan Rekreasi") span several groups and are not listed whole; their divisions are.
 *
 * Left out on purpose, as words every company of these languages uses or that mean something else:
 * - Indonesian "layanan"/"jasa" alone (services), "PT", "Tbk", "CV", "produk" alone, "karir"/"lowongan" (careers),
 *   "kebijakan privasi", "penyimpanan" alone (data storage too), "penggalian" alone (also "digging into" potential),
 *   "penerbitan"/"penerbit" alone (issuing an invoice, a policy or a card too: publishing only with its object),
 *   "tenaga" alone (Malay energy, Indonesian "tenaga kerja" workforce), "pengeluaran" (Malay output, Indonesian
 *   spending), "undang-undang" alone (every text that cites a statute), "aktivitas sosial" alone (half of section Q's
 *   title).
 * - Malay "perkhidmatan" alone (services), "Sdn Bhd", "Bhd", "kerjaya" (careers), "dasar privasi".
 * - Vietnamese "dịch vụ" alone (services), "Công ty TNHH", "Công ty cổ phần", "sản phẩm" alone, "tuyển dụng"
 *   (recruitment), "chính sách bảo mật" (privacy), "sản xuất" alone (a film's or power's production too), "tư vấn"
 *   alone (every site's "free advice" hotline), "đào tạo" alone (any firm's training), "y tế" alone (as "y te" it is
 *   Spanish "and you"), "bảo hiểm" alone (every job advert's social insurance), "lưu trú" alone (folded it is also
 *   "lưu trữ", storage and hosting), "in ấn" (as "in an" it is English), "khóa học" (folded it is also "khoa học",
 *   science).
 * Nor any stem that spells a word of English, German, French, Spanish, Italian, Dutch or Portuguese (checked against
 * those languages' word lists): "logistik", "klinik", "kosmetik", "kredit" and "manufaktur" are German words
 * (./terms.ts and ./keywords.ts read them already), "dokter", "notaris" and "toko" Dutch, "advokat" and "kurier"
 * German, "armada" Spanish and English: such words go in only inside a phrase ("klinik gigi", "kantor notaris").
 */
export const ID_MS_VI_TERMS: Record<Group, { id: string; ms: string; vi: string }> = {
  software: {
    id: 'penerbitan piranti lunak|penerbitan perangkat lunak|pengembangan perangkat lunak|perangkat lunak|piranti lunak|aktivitas pemrograman komputer|pemrograman komputer|pengembangan video game|pengembangan aplikasi|pengembang aplikasi|portal web|permainan komputer',
    ms: 'penerbitan perisian|pembangunan perisian|perisian|aktiviti pengaturcaraan komputer|pengaturcaraan komputer|pembangunan aplikasi|permainan komputer',
    vi: 'xuat ban phan mem|phat trien phan mem|san xuat phan mem|phan mem|lap trinh may vi tinh|lap trinh|cong thong tin dien tu|tro choi dien tu|phat trien ung dung',
  },
  'it-services': {
    id: 'aktivitas pemrograman konsultasi komputer dan kegiatan ybdi|konsultasi komputer|manajemen fasilitas komputer|pengolahan data|hosting dan kegiatan ybdi|layanan ti|jasa ti|konsultan ti|teknologi informasi|integrator sistem|reparasi komputer',
    ms: 'pengaturcaraan komputer perundingan dan aktiviti berkaitan|perundingan komputer|pengurusan kemudahan komputer|pemprosesan data|perkhidmatan it|perundingan it|teknologi maklumat|pembaikan komputer',
    vi: 'lap trinh may vi tinh dich vu tu van va cac hoat dong khac lien quan den may vi tinh|tu van may vi tinh|quan tri he thong may vi tinh|xu ly du lieu|cho thue may chu|dich vu cong nghe thong tin|cong nghe thong tin|tich hop he thong|sua chua may vi tinh',
  },
  telecommunications: {
    id: 'telekomunikasi|telekomunikasi dengan kabel|telekomunikasi tanpa kabel|telekomunikasi satelit|operator seluler|penyedia jasa internet|jaringan serat optik',
    ms: 'telekomunikasi berwayar|telekomunikasi tanpa wayar|jalur lebar|penyedia perkhidmatan internet|gentian optik',
    vi: 'vien thong|vien thong co day|vien thong khong day|vien thong ve tinh|nha mang|mang di dong|bang thong rong|cap quang',
  },
  'marketing-advertising': {
    id: 'periklanan dan penelitian pasar|periklanan|iklan|penelitian pasar|riset pasar|biro iklan|agensi periklanan|agensi pemasaran|pemasaran digital|hubungan masyarakat|jajak pendapat',
    ms: 'pengiklanan dan penyelidikan pasaran|pengiklanan|penyelidikan pasaran|agensi pengiklanan|perhubungan awam|tinjauan pendapat umum',
    vi: 'quang cao va nghien cuu thi truong|quang cao|nghien cuu thi truong|tham do du luan|cong ty quang cao|tiep thi|tiep thi so|quan he cong chung',
  },
  'financial-services': {
    id: 'aktivitas keuangan dan asuransi|aktivitas jasa keuangan|jasa keuangan|perantara moneter|perbankan|bank umum|bank perkreditan rakyat|asuransi|reasuransi|dana pensiun|manajemen investasi|sekuritas|perusahaan pembiayaan|koperasi simpan pinjam|modal ventura',
    ms: 'aktiviti kewangan dan insurans takaful|aktiviti kewangan dan insurans|aktiviti perkhidmatan kewangan|perkhidmatan kewangan|pengantaraan kewangan|perbankan islam|insurans|takaful|insurans semula|tabung pencen|pengurusan dana|pengurusan pelaburan|pajak gadai',
    vi: 'hoat dong tai chinh ngan hang va bao hiem|hoat dong dich vu tai chinh|dich vu tai chinh|trung gian tien te|^ngan hang$|ngan hang thuong mai|hoat dong ngan hang|dich vu ngan hang|cong ty bao hiem|bao hiem nhan tho|bao hiem phi nhan tho|tai bao hiem|kinh doanh bao hiem|moi gioi bao hiem|quy huu tri|quan ly quy|cong ty chung khoan|moi gioi chung khoan|kinh doanh chung khoan|cong ty tai chinh|cho vay tieu dung',
  },
  healthcare: {
    id: 'aktivitas kesehatan manusia dan aktivitas sosial|aktivitas kesehatan manusia|aktivitas rumah sakit|rumah sakit|klinik pratama|klinik utama|klinik gigi|klinik kesehatan|praktik dokter|dokter gigi|dokter hewan|puskesmas|industri farmasi|farmasi|apotek|laboratorium klinik|aktivitas kesehatan hewan|bioteknologi|alat kesehatan|pelayanan kesehatan|layanan kesehatan',
    ms: 'aktiviti kesihatan kemanusiaan dan kerja sosial|aktiviti kesihatan kemanusiaan|aktiviti hospital|hospital swasta|klinik pergigian|pergigian|amalan perubatan|perubatan|farmaseutikal|klinik veterinar|peranti perubatan|rumah jagaan|penjagaan kesihatan|perkhidmatan kesihatan',
    vi: 'y te va hoat dong tro giup xa hoi|hoat dong y te|hoat dong cua cac benh vien|benh vien|phong kham|nha khoa|nha thuoc|duoc pham|san xuat thuoc|hoa duoc|phong kham thu y|bac si thu y|cong nghe sinh hoc|thiet bi y te',
  },
  education: {
    id: 'pendidikan|pendidikan tinggi|pendidikan dasar|pendidikan menengah|pendidikan anak usia dini|universitas|sekolah tinggi|politeknik|sekolah|lembaga kursus|lembaga pelatihan|pelatihan kerja|bimbingan belajar',
    ms: 'pendidikan rendah|prasekolah|tadika|universiti|sekolah|pusat tuisyen|tuisyen|latihan vokasional|pusat latihan',
    vi: 'giao duc va dao tao|giao duc|giao duc mam non|giao duc pho thong|giao duc dai hoc|dao tao dai hoc|truong dai hoc|dai hoc|cao dang|truong hoc|trung tam ngoai ngu|trung tam dao tao|day nghe',
  },
  manufacturing: {
    id: 'industri pengolahan|pengolahan makanan|industri makanan|industri minuman|industri tekstil|industri pakaian jadi|industri kayu|industri kertas|industri pencetakan|percetakan|industri bahan kimia|industri karet|industri plastik|industri logam|industri barang logam|industri komputer barang elektronik dan optik|industri peralatan listrik|industri mesin|industri kendaraan bermotor|industri furnitur|industri manufaktur|perusahaan manufaktur|pabrik|pabrikan|konveksi',
    ms: '^pembuatan$|pembuatan produk makanan|pembuatan makanan|pembuatan minuman|pembuatan tekstil|pembuatan pakaian|pembuatan jentera|jentera dan kelengkapan|pembuatan kenderaan bermotor|pembuatan perabot|pembuatan bahan kimia|pembuatan produk getah dan plastik|pembuatan logam asas|pembuatan produk logam|pembuatan komputer|pembuatan peralatan elektrik|pembuatan produk|sektor pembuatan|syarikat pembuatan|industri pembuatan|kilang|pengilang|pemprosesan makanan',
    vi: 'cong nghiep che bien che tao|cong nghiep che bien|che bien che tao|che bien thuc pham|san xuat thuc pham|san xuat do uong|san xuat san pham thuoc la|det may|san xuat trang phuc|san xuat giay|che bien go|san xuat hoa chat|san xuat san pham tu cao su va plastic|san xuat kim loai|san xuat san pham dien tu|san xuat thiet bi dien|san xuat may moc|san xuat xe co dong co|san xuat o to|san xuat noi that|nha in|cong ty in an|dich vu in an|nha may|xuong san xuat|co khi che tao|gia cong co khi|cong ty san xuat',
  },
  'retail-consumer': {
    id: 'perdagangan besar dan eceran|perdagangan eceran|perdagangan besar|toko online|toko daring|grosir|eceran|ritel|swalayan|reparasi dan perawatan mobil|salon kecantikan|pangkas rambut',
    ms: 'perdagangan borong dan runcit|perdagangan runcit|perdagangan borong|runcit|borong|kedai dalam talian|pasar raya|pembaikan kenderaan bermotor|salun rambut|salun kecantikan|dandanan rambut',
    vi: 'ban buon va ban le|ban buon|ban le|thuong mai dien tu|sieu thi|cua hang|sua chua o to|cat toc',
  },
  'media-publishing': {
    id: '^penerbitan$|penerbitan buku|penerbitan surat kabar|penerbitan majalah|penerbit buku|produksi film|produksi gambar bergerak|perekaman suara|penerbitan musik|penyiaran|penyiaran radio|penyiaran televisi|kantor berita|surat kabar|media massa|media daring|rumah produksi',
    ms: 'aktiviti penerbitan|penerbitan akhbar|penerbitan muzik|akhbar|penerbitan filem|pengeluaran filem|rakaman bunyi|penyiaran televisyen|agensi berita',
    vi: 'hoat dong xuat ban|xuat ban|xuat ban sach|xuat ban bao|nha xuat ban|hoat dong dien anh|san xuat phim|san xuat chuong trinh truyen hinh|ghi am|xuat ban am nhac|phat thanh truyen hinh|phat thanh|truyen hinh|thong tan xa|bao chi|toa soan|tap chi',
  },
  'professional-services': {
    id: 'aktivitas profesional ilmiah dan teknis|aktivitas hukum dan akuntansi|aktivitas hukum|jasa hukum|konsultan hukum|firma hukum|kantor hukum|kantor advokat|pengacara|kantor notaris|akuntansi|kantor akuntan publik|akuntan publik|pembukuan|konsultan pajak|konsultasi manajemen|konsultan manajemen|penelitian dan pengembangan|penerjemahan|penerjemah|aktivitas ketenagakerjaan|penyalur tenaga kerja|alih daya|jasa keamanan|konsultan',
    ms: 'aktiviti profesional saintifik dan teknikal|aktiviti undang undang dan perakaunan|aktiviti undang undang|perkhidmatan guaman|firma guaman|peguam|peguambela dan peguamcara|perakaunan|akauntan|simpan kira|pengauditan|juruaudit|perunding cukai|aktiviti perundingan pengurusan|perundingan pengurusan|penyelidikan dan pembangunan|terjemahan|penterjemahan|agensi pekerjaan|pengambilan pekerja|perkhidmatan keselamatan|perunding|perundingan',
    vi: 'hoat dong chuyen mon khoa hoc va cong nghe|hoat dong phap luat ke toan va kiem toan|hoat dong phap luat|dich vu phap ly|van phong luat|cong ty luat|luat su|van phong cong chung|cong chung|ke toan va kiem toan|dich vu ke toan|kiem toan|tu van thue|tu van quan ly|cong ty tu van|nghien cuu va phat trien|dich thuat|cung ung lao dong|cung ung nhan luc|dich vu bao ve',
  },
  'real-estate-construction': {
    id: 'konstruksi|konstruksi gedung|konstruksi bangunan sipil|konstruksi khusus|jasa konstruksi|kontraktor|kontraktor umum|real estat|realestat|properti|pengembang properti|pengembang perumahan|perumahan|agen properti|arsitek|jasa arsitektur|aktivitas arsitektur|manajemen properti|pemborong|renovasi',
    ms: '^pembinaan$|industri pembinaan|syarikat pembinaan|kerja pembinaan|projek pembinaan|sektor pembinaan|pembinaan bangunan|kejuruteraan awam|hartanah|aktiviti hartanah|ejen hartanah|pemaju hartanah|pemaju perumahan|pengurusan hartanah|seni bina|arkitek',
    vi: '^xay dung$|nganh xay dung|cong ty xay dung|thi cong xay dung|xay dung dan dung|xay dung cong nghiep|xay dung nha cac loai|xay dung cong trinh ky thuat dan dung|hoat dong xay dung chuyen dung|vat lieu xay dung|nha thau|tong thau|bat dong san|kinh doanh bat dong san|moi gioi bat dong san|quan ly bat dong san|kien truc|thiet ke kien truc',
  },
  'energy-utilities': {
    id: 'pertambangan dan penggalian|pertambangan|pertambangan batu bara|pertambangan minyak bumi dan gas alam|minyak dan gas|industri migas|perusahaan migas|pengilangan minyak bumi|pengadaan listrik gas uap air panas dan udara dingin|pengadaan listrik|ketenagalistrikan|pembangkit listrik|pembangkitan tenaga listrik|pengadaan air|pengelolaan sampah|industri daur ulang|pengolahan limbah|energi terbarukan|panel surya|energi',
    ms: 'perlombongan dan pengkuarian|perlombongan|pengkuarian|bekalan elektrik gas wap dan pendingin udara|bekalan elektrik|penjanaan elektrik|penjanaan kuasa|bekalan air|pembetungan|pengurusan sisa|aktiviti pemulihan|kitar semula|tenaga boleh baharu|tenaga suria',
    vi: 'khai khoang|khai thac than|khai thac dau tho va khi dot tu nhien|dau khi|san xuat va phan phoi dien|san xuat dien|phan phoi dien|dien luc|nhiet dien|thuy dien|dien gio|dien mat troi|nang luong tai tao|nang luong|cung cap nuoc|thoat nuoc va xu ly nuoc thai|xu ly nuoc thai|xu ly chat thai|thu gom rac',
  },
  'transportation-logistics': {
    id: 'pengangkutan dan pergudangan|pengangkutan|angkutan darat|angkutan jalan rel|angkutan bus|angkutan laut|angkutan udara|angkutan melalui saluran pipa|angkutan barang|pergudangan|aktivitas penunjang angkutan|pos dan kurir|aktivitas kurir|jasa kurir|ekspedisi|jasa pengiriman|transportasi|pelayaran|maskapai penerbangan',
    ms: 'pengangkutan dan penyimpanan|pengangkutan darat|pengangkutan air|pengangkutan udara|penggudangan|aktiviti sokongan untuk pengangkutan|aktiviti pos dan kurier|perkhidmatan kurier|penghantaran barang|syarikat perkapalan|perkapalan',
    vi: 'van tai kho bai|van tai va kho bai|van tai|van tai duong bo|van tai duong sat|van tai duong thuy|van tai hang khong|van tai duong ong|kho bai|kho van|buu chinh va chuyen phat|chuyen phat nhanh|giao nhan|giao nhan van tai|van chuyen hang hoa|hang hang khong',
  },
  'hospitality-travel': {
    id: 'penyediaan akomodasi dan penyediaan makan minum|penyediaan akomodasi|akomodasi|penyediaan makan minum|restoran|rumah makan|kafe|katering|jasa boga|agen perjalanan|biro perjalanan wisata|biro perjalanan|pariwisata|wisata|penginapan|aktivitas olahraga dan rekreasi|taman rekreasi',
    ms: 'penginapan dan aktiviti perkhidmatan makanan dan minuman|aktiviti perkhidmatan makanan dan minuman|kedai makan|agensi pelancongan|pengendali pelancongan|pelancongan|aktiviti sukan hiburan dan rekreasi',
    vi: 'dich vu luu tru va an uong|dich vu luu tru ngan ngay|co so luu tru|khach san|nha nghi|nha hang|dich vu an uong|quan an|quan ca phe|dai ly du lich|tour du lich|du lich|lu hanh|cong ty du lich',
  },
  'government-nonprofit': {
    id: 'administrasi pemerintahan pertahanan dan jaminan sosial wajib|administrasi pemerintahan|pemerintah daerah|pemerintah kota|pemerintah kabupaten|kementerian|aktivitas sosial tanpa akomodasi|organisasi nirlaba|nirlaba|yayasan|lembaga swadaya masyarakat|organisasi keagamaan|organisasi politik|partai politik|aktivitas keanggotaan organisasi|perkumpulan',
    ms: 'pentadbiran awam dan pertahanan|pentadbiran awam|keselamatan sosial wajib|aktiviti kerja sosial tanpa penginapan|badan bukan kerajaan|pertubuhan bukan kerajaan|pertubuhan|persatuan|tidak berasaskan keuntungan|majlis perbandaran|pihak berkuasa tempatan|kerajaan negeri|pertubuhan keagamaan|parti politik',
    vi: 'quan ly nha nuoc|co quan nha nuoc|hanh chinh cong|an ninh quoc phong|bao dam xa hoi bat buoc|tro giup xa hoi khong tap trung|hoat dong cua cac hiep hoi|hiep hoi|to chuc phi loi nhuan|phi loi nhuan|to chuc phi chinh phu|quy tu thien|tu thien|uy ban nhan dan|to chuc ton giao|to chuc chinh tri xa hoi',
  },
};
