// Labels of a company's own seat and of its other sites, in the languages of the Baltic and the North Atlantic rim
// (Estonian, Latvian, Lithuanian, Finnish, Icelandic, Welsh, Irish), as imprint.ts's context words read them before an
// address: "Juridiskā adrese: ...", "Pencadlys: ..." are the company's own; "Ražotne: ...", "Rækjuvinnsla: ...",
// "Tehdas: ..." are a plant's, "Söluskrifstofa", "Myyntitoimisto" a sales office's, "Filiāle", "Útibú" a branch's.
// Words are matched case-insensitively, at a word's start (compounds end on them: "rækjuvinnsla", "fiskvinnsla").

/** The company's own seat: legal address, registered seat, head office. */
export const NORTH_OWN =
  /(?<!\p{L})(?:juridisk(?:ā|a) adrese|juridiline aadress|peakontor|registrijärgne aadress|buvein(?:ė|e)|b(?:ū|u)stin(?:ė|e)|centrin(?:ė|e) b(?:ū|u)stin(?:ė|e)|höfuðstöðvar|höfuðstöðvum|pencadlys|prif swyddfa|ceannoifig|ceann[- ]?oifig)(?!\p{L})/giu;

/** Another site of the company: a plant, warehouse, branch, sales or service office, terminal, sawmill. */
export const NORTH_FOREIGN =
  /(?:(?<!\p{L})(?:ražotne|r(?:ū|u)pn(?:ī|i)c(?:a|ā)|noliktav(?:a|ā)|fili(?:ā|a)le|tirdzniec(?:ī|i)bas birojs|servisa punkts|z(?:ā|a)ģētava|gamykla|filialas|padalinys|sand(?:ė|e)lis|atstovyb(?:ė|e)|tehas|filiaal|m(?:ü|u)(?:ü|u)giesindus|laohoone|tehdas|sivuliike|varasto|myyntitoimisto|toimipiste|(?:ú|u)tib(?:ú|u)|v(?:ö|o)ruh(?:ú|u)s|s(?:ö|o)luskrifstofa|swyddfa werthu|warws|ffatri|monarcha|stóras)(?!\p{L})|\p{L}*vinnsl(?:a|u)(?!\p{L}))/giu;
