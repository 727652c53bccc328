import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Indonesian, Malay and Vietnamese, in the same two tiers: `strong` words
 * name the business ("rumah sakit", "percetakan", "kilang", "peguam", "phần mềm", "bệnh viện", "nhà máy"), `weak`
 * ones are common elsewhere too ("produksi", "pendidikan", "sản xuất", "tài chính"). Same normalisation: lower case,
 * accents folded (./normalize.ts: "phần mềm" is "phan mem", "đ" is "d"). Vietnamese words are phrases of two
 * syllables or more: one syllable alone ("điện", "hàn", "giá") is a piece of too many other words.
 * Left out because every site of these languages uses them, or they mean something else: "layanan"/"jasa"/
 * "perkhidmatan"/"dịch vụ" (services), "produk"/"sản phẩm" alone, "PT"/"Tbk"/"Sdn Bhd"/"Công ty TNHH" (legal forms),
 * "kebijakan privasi"/"dasar privasi"/"chính sách bảo mật" (the privacy notice), "karir"/"lowongan"/"kerjaya"/
 * "tuyển dụng" (careers), "chứng khoán" alone (securities: every listed company names its exchange, "Sở Giao dịch
 * Chứng khoán", and its ticker, "mã chứng khoán"; a securities firm is "công ty chứng khoán"), "tư vấn" alone (every Vietnamese site's advice hotline), "media sosial"/"mạng xã hội" as a
 * strong word (every footer's "follow us"), "rumah" (house: also "rumah sakit", "rumah makan"), "proyek"/"projek"/
 * "dự án" (any firm's projects), "pembangunan" (development, every government text), "pengeluaran" (Indonesian
 * spending), "pembuatan" (making: "pembuatan website" is a web shop's), "tenaga" (Indonesian "tenaga kerja",
 * workforce), "ahli"/"keahlian" (Malay member, Indonesian expert), "khóa học" (folded as "khoa hoc", science too),
 * "ủng hộ" (support of any kind), "giao hàng" as a strong word (a shop's delivery).
 * Nor any stem that spells a word of English, German, French, Spanish, Italian, Dutch or Portuguese (checked against
 * those languages' word lists): such a stem either repeats another list's word in another tier ("logistik",
 * "klinik", "kosmetik", "kredit", "hotel", "bank") or takes a word with another sense ("guru", "armada", Dutch "toko",
 * "truk", "dokter" and "kempen", German "Koran", "Artikel", "Doktor", "Kurier", "Kursus" and "Dosen", French
 * "pulsa"): those go in only inside a phrase ("para dosen", "kursus bahasa", "isi pulsa", "kempen pemasaran").
 */
export const ID_MS_VI_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: [
    'perangkat lunak|piranti lunak|pengembang aplikasi|pengembang perangkat lunak|kode sumber|aplikasi mobile|aplikasi seluler|aplikasi web|coba gratis|uji coba gratis|perisian|pembangun perisian|aplikasi mudah alih|kod sumber|cuba percuma|phan mem|lap trinh vien|ma nguon|ung dung di dong|ung dung web|dung thu mien phi|giai phap phan mem',
    'aplikasi|otomatisasi|automasi|unduh|muat turun|ung dung|tu dong hoa|tai ve',
  ],
  'it-services': [
    'layanan ti|jasa ti|dukungan ti|konsultan ti|keamanan siber|pusat data|jasa pembuatan website|pembuatan website|pembuatan situs web|jasa pembuatan aplikasi|perkhidmatan it|sokongan it|keselamatan siber|reka bentuk laman web|pembangunan laman web|dich vu cong nghe thong tin|dich vu it|ho tro it|an ninh mang|trung tam du lieu|thiet ke website|thiet ke web|giai phap cong nghe thong tin',
    'teknologi informasi|teknologi maklumat|cong nghe thong tin',
  ],
  'financial-services': [
    'pinjaman|kredit tanpa agunan|suku bunga|bunga pinjaman|perusahaan asuransi|asuransi jiwa|polis asuransi|premi asuransi|perbankan|rekening tabungan|kartu kredit|ojk|pinjaman peribadi|pinjaman perumahan|kadar faedah|syarikat insurans|insurans hayat|polisi insurans|takaful|perbankan islam|akaun simpanan|kad kredit|ngan hang thuong mai|vay von|vay tieu dung|lai suat|the tin dung|bao hiem nhan tho|cong ty bao hiem|hop dong bao hiem|tai khoan tiet kiem|cong ty chung khoan|moi gioi chung khoan|kinh doanh chung khoan',
    'asuransi|investasi|pembiayaan|keuangan|tabungan|insurans|pelaburan|kewangan|simpanan|dau tu|tai chinh|tiet kiem|ngan hang|bao hiem',
  ],
  healthcare: [
    'rumah sakit|klinik pratama|klinik gigi|dokter gigi|dokter spesialis|dokter umum|pasien|perawat|fisioterapi|apotek|apotik|rawat inap|rawat jalan|pesakit|hospital pakar|klinik pergigian|doktor gigi|doktor pakar|jururawat|farmasi|benh vien|phong kham|bac si|benh nhan|nha khoa|nha thuoc|dieu duong|vat ly tri lieu|kham chua benh|kham benh',
    'kesehatan|kesihatan|perawatan|rawatan|pengobatan|suc khoe|cham soc suc khoe|dieu tri',
  ],
  education: [
    'mahasiswa|siswa|murid|dosen pengajar|para dosen|universitas|kampus|kursus bahasa|tempat kursus|les privat|bimbingan belajar|kurikulum|penerimaan siswa baru|pendaftaran mahasiswa baru|pelajar|pensyarah|universiti|tadika|pusat tuisyen|tuisyen|hoc sinh|sinh vien|giao vien|giang vien|truong hoc|dai hoc|hoc phi|tuyen sinh|trung tam ngoai ngu',
    'pendidikan|pelatihan|belajar|pembelajaran|latihan|sekolah|giao duc|dao tao|hoc tap|hoc vien',
  ],
  manufacturing: [
    // A crop's or a catch's processors at their own plant (NACE 10.2, 10.41, 22.19): palm oil mills ("pengolahan
    // kelapa sawit", "pabrik kelapa sawit"), crumb rubber ("karet remah"), Vietnamese seafood and garments ("chế biến
    // thủy sản", "may mặc").
    'pengolahan (?:kelapa sawit|tandan buah segar|karet|ikan|hasil perikanan|kopi|kakao)|pabrik kelapa sawit|karet remah|crumb rubber|che bien (?:thuy san|hai san|tom|ca|go|nong san|thuc pham)|chuyen che bien|che bien(?: va)? xuat khau|hang may mac|may mac xuat khau|' +
      'pabrik|pabrikan|produsen|kami memproduksi|lini produksi|jalur produksi|fasilitas produksi|kapasitas produksi|percetakan|pengecoran logam|pengelasan|injeksi plastik|konveksi|kilang|pengilang|barisan pengeluaran|kapasiti pengeluaran|kilang pembuatan|nha may|xuong san xuat|day chuyen san xuat|cong suat san xuat|nha san xuat|gia cong co khi|gia cong cnc|duc kim loai|ep nhua|nha in|cong ty in an',
    'produksi|industri|mesin|jentera|san xuat|cong nghiep|may moc|che tao',
  ],
  'retail-consumer': [
    'toko online|toko daring|keranjang belanja|tambah ke keranjang|masukkan keranjang|gratis ongkir|beli sekarang|belanja sekarang|pakaian|perhiasan|kedai dalam talian|tambah ke troli|penghantaran percuma|barang kemas|perabot|gio hang|them vao gio hang|mien phi van chuyen|mua ngay|dat hang ngay|thoi trang|quan ao|trang suc|my pham|noi that|cua hang truc tuyen|sieu thi',
    'harga|diskon|belanja|kedai|potongan harga|khuyen mai|giam gia|cua hang',
  ],
  'media-publishing': [
    'wartawan|jurnalis|redaksi|surat kabar|majalah|penerbit buku|pembaca|akhbar|pemberita|sidang pengarang|bao chi|phong vien|nha bao|toa soan|tap chi|nha xuat ban|doc gia|truyen hinh|phat thanh',
    'berita|liputan|tin tuc|bai viet',
  ],
  'marketing-advertising': [
    'agensi digital|agensi kreatif|agensi periklanan|agensi pemasaran|biro iklan|periklanan|pemasaran digital|kampanye iklan|identitas visual|optimasi mesin pencari|pengiklanan|kempen pengiklanan|identiti visual|pengoptimuman enjin carian|quang cao|cong ty quang cao|tiep thi so|chien dich quang cao|nhan dien thuong hieu|toi uu hoa cong cu tim kiem',
    'pemasaran|kampanye|kempen pemasaran|merek|jenama|thuong hieu|tiep thi|truyen thong|media sosial|mang xa hoi',
  ],
  'professional-services': [
    'firma hukum|kantor hukum|konsultan hukum|pengacara|kantor advokat|kantor notaris|notaris dan ppat|akuntan publik|kantor akuntan|jasa akuntansi|pembukuan|konsultan pajak|jasa audit|penerjemah tersumpah|jasa penerjemahan|outsourcing tenaga kerja|alih daya|penyalur tenaga kerja|firma guaman|peguam|peguambela|perkhidmatan perakaunan|akauntan|juruaudit|perunding cukai|perkhidmatan terjemahan|agensi pekerjaan|van phong luat|cong ty luat|luat su|van phong cong chung|dich vu ke toan|kiem toan|tu van thue|tu van quan ly|cong ty tu van|dich thuat|cung ung lao dong|dich vu phap ly',
    'konsultan|konsultasi|perunding|perundingan',
  ],
  'real-estate-construction': [
    'properti|real estat|agen properti|perumahan|rumah dijual|dijual rumah|apartemen|kontraktor|jasa konstruksi|perusahaan konstruksi|pengembang perumahan|arsitek|desain arsitektur|renovasi rumah|hartanah|ejen hartanah|pemaju hartanah|rumah untuk dijual|kontraktor pembinaan|syarikat pembinaan|arkitek|ubah suai rumah|bat dong san|can ho|chung cu|nha pho|du an nha o|cong ty xay dung|nha thau|tong thau|thi cong xay dung|kien truc su|thiet ke kien truc',
    'bangunan|gedung|konstruksi|xay dung|cong trinh',
  ],
  'energy-utilities': [
    'panel surya|pembangkit listrik|energi terbarukan|energi baru terbarukan|tenaga surya|plts|pertambangan|batu bara|minyak dan gas|panel solar|tenaga suria|tenaga boleh baharu|penjanaan elektrik|loji janakuasa|dien mat troi|pin mat troi|nang luong tai tao|dien gio|nha may dien|thuy dien|nhiet dien|dau khi|khai khoang|dien nang',
    'energi|listrik|keberlanjutan|berkelanjutan|kelestarian|nang luong|ben vung',
  ],
  'transportation-logistics': [
    'ekspedisi|jasa ekspedisi|jasa pengiriman barang|pengiriman barang|angkutan barang|jasa kurir|pergudangan|rantai pasok|rantai pasokan|jasa angkutan|perkapalan|penghantaran barang|syarikat pengangkutan|perkhidmatan kurier|rantaian bekalan|van tai|van chuyen hang hoa|giao nhan|kho bai|kho van|chuyen phat nhanh|xe tai|doi xe|chuoi cung ung|van tai bien|van tai hang khong',
    'pengiriman|pengangkutan|penghantaran|angkutan|transportasi|gudang|van chuyen|giao hang',
  ],
  'hospitality-travel': [
    'penginapan|restoran|rumah makan|kafe|akomodasi|paket wisata|paket tour|biro perjalanan|agen perjalanan|wisata|pariwisata|liburan|katering|kedai makan|pelancongan|pakej pelancongan|percutian|khach san|nha hang|nha nghi|phong nghi|dat phong|thuc don|am thuc|du lich|tour du lich|dai ly du lich|ky nghi|quan an|quan ca phe',
    'pemesanan|reservasi|tempahan|dat ban|dat cho',
  ],
  telecommunications: [
    'telekomunikasi|operator seluler|kartu sim|paket data|internet fiber|serat optik|jaringan seluler|kad sim|gentian optik|jalur lebar|rangkaian mudah alih|vien thong|nha mang|cap quang|mang di dong|sim so|goi cuoc|bang thong rong',
    'seluler|isi pulsa|kuota|mudah alih|di dong',
  ],
  'government-nonprofit': [
    'nirlaba|yayasan|organisasi nirlaba|lembaga swadaya masyarakat|lsm|relawan|donasi|berdonasi|sumbangan|kementerian|pemerintah daerah|pemerintah kabupaten|pemerintah kota|pertubuhan bukan kerajaan|badan bukan kerajaan|sukarelawan|majlis perbandaran|persatuan|to chuc phi loi nhuan|phi loi nhuan|to chuc phi chinh phu|tinh nguyen vien|quyen gop|tu thien|uy ban nhan dan|hiep hoi',
    'anggota|keanggotaan|komunitas|masyarakat|komuniti|hoi vien|cong dong',
  ],
};
