import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Italian, Dutch and Portuguese, in the same two tiers: `strong` words name
 * the business ("studio legale", "advocatenkantoor", "imobiliária"), `weak` ones are common elsewhere too
 * ("prodotti", "levering", "formação"). Same normalisation: lower case, accents folded. Words that mean something
 * else in a language already read (Dutch "arts", German "lassen") are left out.
 */
export const MORE_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: [
    // A business-management system (ERP) sold as a product; "sistema de gestão da qualidade" is a plant's ISO 9001.
    'sistemas? de gestao empresarial|desenvolvemos (?:o |um |nosso )?(?:erp|(?:sistemas?|software) de gestao)|softwares? de gestao|softwares? erp|sistemas? erp|erp (?:em|na) nuvem|desenvolvedora de (?:software|sistemas)|software gestionale|gestionale|applicazione mobile|app mobile|sviluppatori|codice sorgente|prova gratuita|softwareoplossing\\w*|ontwikkelaars|broncode|gratis proberen|proefperiode|aplicativos?|desenvolvedores|programadores|codigo aberto|teste gratis|experimente gratis',
    'piattaforma|applicazion[ei]|scarica|automazione|downloaden|automatisering|plataforma|baixar|automacao|painel',
  ],
  'it-services': [
    'servizi informatici|assistenza informatica|sicurezza informatica|sistemisti?|sviluppo web|realizzazione siti web|ict dienstverlening|it dienstverlening|systeembeheer|werkplekbeheer|it beheer|ict beheer|servicos informaticos|suporte informatico|seguranca informatica|ciberseguranca|desenvolvimento web|centro de dados',
    'ict|netwerkbeheer|informatico|informaticos',
  ],
  'financial-services': [
    'mutuo|mutui|prestiti?|finanziament\\w*|conto corrente|conti correnti|carte? di credito|assicurazion\\w*|polizz\\w*|risparmio|gestione patrimoniale|tasso di interesse|banca|banche|hypothe\\w*|leningen?|spaarrekening|betaalrekening|verzekering\\w*|vermogensbeheer|kredieten|creditcards?|emprestimos?|credito habitacao|conta a ordem|cart(?:ao|oes) de credito|seguradora\\w*|poupanca|taxa de juro|gestao de patrimonio|financiamento\\w*',
    'investiment\\w*|investering\\w*|investimentos?|beleggen|rente|financien',
  ],
  healthcare: [
    // A clinical laboratory and its blood-draw centres (NACE 86.90), as in ./keywords.ts.
    'klinische biologie|klinisch laborator\\w*|medisch laborator\\w*|prikcentr\\w*|bloedafname|analisi cliniche|laboratori? (?:di )?analisi cliniche|centri? prelievi|analises clinicas|laboratorios? de analises clinicas|' +
      'audicien\\w*|hoortoestel\\w*|gehoortest\\w*|gehoorzorg|apparecchi acustici|aparelhos auditivos|pazient[ei]|ospedal\\w*|medic[oi]|medicina|sanitari[ao]?|infermier\\w*|odontoiatri\\w*|fisioterapi\\w*|visite specialistiche|poliambulatori\\w*|ziekenhuis\\w*|huisarts\\w*|artsen|zorgverlener\\w*|verpleeg\\w*|tandarts\\w*|fysiotherap\\w*|apotheek|enfermag\\w*|enfermeir\\w*|medicina dentaria|farmacia\\w*|tratamentos?|consultorio',
    'salute|zorg|gezondheid|saude|cura|cure|behandeling\\w*',
  ],
  education: [
    'corsi|corso di laurea|studenti|insegnant\\w*|docenti|scuola|scuole|universita|lezioni|iscrizion[ei]|didattic\\w*|cursussen|cursus|studenten|leerlingen|docenten|onderwijs|scholen|lessen|alunos|estudantes|professores|escolas?|licenciaturas?|matriculas?|inscricoes',
    'formazione|opleiding\\w*|school|leren|imparare|aprender|formacao|ensino',
  ],
  manufacturing: [
    // "Vervaardigen" and "fabriceren" are said of goods only; a production hall and a machine park are a maker's own.
    // Wool and textile mills' steps (spinning, weaving, carding, finishing) and the packaging machines a Packaging
    // Valley builder makes (cartoners, case packers, palletizers) are a maker's words; "tintoria" is as often a dry
    // cleaner's, and stays out.
    // An automation integrator's wiring technicians program the PLCs of the machines it fits its panels to: plant
    // engineering, not software sold as a product (an electrician builds panels too, so they are no word here).
    // A wheat or maize mill grinds the grain ("moinho de trigo", "moendo 600 toneladas de trigo"); a meat packer
    // slaughters and cuts ("frigorífico de abate", "suínos abatidos"): food made at a plant (NACE 10.1, 10.61).
    'moinhos? de (?:trigo|milho|arroz)|moendo(?: \\d+)?(?: mil)?(?: toneladas de)? (?:trigo|milho|arroz)|moagem de (?:trigo|milho)|' +
      'frigorificos? de abate|abate de (?:suinos|bovinos|aves|frangos)|(?:suinos|bovinos|aves|frangos) abatidos|' +
      'automazione industriale|programmator[ei] plc|programmazione plc|cablator[ei]|celle robotizzate|' +
      'lanifici\\w*|filatur[ae]|tessitur[ae]|cardatura|finissaggio|fiacao|tecelage\\w*|weverij\\w*|spinnerij\\w*|macchine (?:automatiche|confezionatrici|per il confezionamento|per l imballaggio|d imballaggio)|confezionatric[ei]|astucciatric[ei]|incartonatric[ei]|cartonatric[ei]|pallettizzator[ei]|fardellatric[ei]|etichettatric[ei]|fine linea|' +
      'vervaardig\\w*|fabriceert|fabriceren|productiehal\\w*|machinepark\\w*|capannone produttivo|parco macchine|cantier\\w* naval\\w*|cantieristica navale|scheepswerf\\w*|scheepsbouw\\w*|jachtwerf\\w*|estaleiros?|construcao naval|stabiliment\\w*|fabbrica|fabbriche|lavorazion[ei] meccanich\\w*|macchine utensili|torneria|fresatura|stampaggio|saldatura|carpenteria metallica|fonderia|produttor[ei]|fabrikant\\w*|fabriek\\w*|machinebouw|metaalbewerking|verspaning|spuitgiet\\w*|plaatbewerking|gieterij|toeleverancier|maquinacao|maquinagem|injecao de plastico|soldadura|serralharia|fundicao',
    'produzione|productie\\w*|producao|componenti|componenten|componentes|qualita|kwaliteit|qualidade',
  ],
  'retail-consumer': [
    'boekhandel\\w*|livrarias?|negozio|negozio online|carrello|aggiungi al carrello|spedizion[ei] gratuit[ae]|abbigliamento|gioielli|cosmetici|arredamento|alimentari|winkelwagen|winkelmand|gratis verzending|webshop|webwinkel|kleding|sieraden|meubels|boodschappen|loja|loja online|carrinho|adicionar ao carrinho|portes gratis|frete gratis|roupas?|vestuario|joias|cosmeticos|moveis|mercearia|panificio|birrificio|birra|torrefazione|olio extravergine|olio d oliva|frantoio|vigneti|vini|distilleria|caseificio|formaggi|cioccolato|bakkerij|brouwerij|koffiebranderij|olijfolie|wijngaard|wijnhuis|distilleerderij|kaasmakerij|padaria|cervejaria|cerveja|torrefacao|azeite|lagar de azeite|vinicola|vinhos|destilaria|queijaria|queijos',
    'prodotti|prezz[oi]|offerte|acquista\\w*|clienti|producten|prijs|prijzen|aanbieding\\w*|bestel\\w*|kopen|klanten|produtos|precos?|promocoes|clientes',
  ],
  'media-publishing': [
    'giornalist\\w*|redazione|rivist[ae]|quotidiano|giornale|editore|editoria|lettori|abbonati|libri|autori|redactie|tijdschrift\\w*|krant\\w*|uitgever\\w*|lezers|abonnees|boeken|jornal\\w*|redacao|editora|leitores|assinantes|livros',
    'notizie|nieuws|articoli|artikelen|artigos|stampa|pers|imprensa',
  ],
  // "Campagne" alone is Italian countryside and French harvest season as much as a campaign (./keywords.ts): weak.
  'marketing-advertising': [
    'agenzia di comunicazione|agenzia pubblicitaria|agenzia digitale|agenzia di marketing|pubblicita|campagne (?:pubblicitari\\w*|di comunicazione|marketing|social)|reclamecampagne\\w*|marketingcampagne\\w*|posizionamento|reclame|reclamebureau|communicatiebureau|marketingbureau|online marketing|zoekmachineoptimalisatie|huisstijl|agencia de publicidade|agencia de comunicacao|publicidade|campanhas|redes sociais|identidade visual|comunicacao digital',
    'comunicazione|communicatie|comunicacao|merk|marchio|campagne',
  ],
  'professional-services': [
    // A law firm's practice areas and fields of law name its own trade, as its navigation lists them.
    'aree di (?:attivita|pratica)|areas de atuacao|areas de pratica|diritto (?:civile|penale|del lavoro|commerciale|tributario|societario|di famiglia)|direito (?:trabalhista|civil|penal|empresarial|tributario|administrativo|de familia|societario)|escritorio de advocacia|consulenza|consulent[ei]|studio legale|avvocat\\w*|notaio|notai|commercialist\\w*|revisione contabile|selezione del personale|ricerca e selezione|adviesbureau|advocat\\w*|advocatenkantoor|notaris\\w*|accountants?|accountancy|boekhoud\\w*|belastingadvi\\w*|werving en selectie|uitzendbureau|detachering|juridisch\\w*|advogad\\w*|escritorio de advogados|contabilidade|contabilista\\w*|recrutamento',
    'advies|adviseren|aconselhamento',
  ],
  'real-estate-construction': [
    'steigerbouw\\w*|ponteggi|andaimes|immobil[ei]|immobiliar\\w*|appartament\\w*|costruzion[ei]|ristrutturazion[ei]|cantier[ei]|edilizia|impresa edile|architett\\w*|vastgoed\\w*|makelaar\\w*|woning\\w*|appartementen|bouwbedrijf|aannemer\\w*|nieuwbouw|renovatie|verbouw\\w*|dakdekker\\w*|loodgieter\\w*|imobiliari\\w*|apartamentos?|moradias?|construcao|construtora\\w*|remodelac\\w*|arquitet\\w*|telhados|canalizacao',
    'edifici|bouwen|gebouw\\w*|projecten|progetti|projetos|casas',
  ],
  'energy-utilities': [
    'pannelli solari|impianti fotovoltaici|pompe? di calore|elettricita|fornitura di energia|zonnepanel\\w*|zonne energie|zonnestroom|windmolen\\w*|warmtepomp\\w*|laadpal\\w*|energieleverancier|elektriciteit|groene stroom|paineis solares|paineis fotovoltaicos|energia solar|energias renovaveis|eletricidade',
    'sostenibil\\w*|duurzaam\\w*|duurzaamheid|sustentabil\\w*|klimaat',
  ],
  'transportation-logistics': [
    // Customs brokers (NACE 52.29): clearing goods through customs is a forwarder's trade.
    'despachantes? aduaneir\\w*|assessoria aduaneira|desembaraco aduaneiro|comissaria de despachos|sdoganament\\w*|spedizionier\\w* doganal\\w*|agenzia doganale|douane expediteur\\w*|traghett\\w*|veerboot\\w*|veerdienst\\w*|rederij\\w*|trasporto merci|autotrasport\\w*|magazzin\\w*|corriere|flotta|catena di approvvigionamento|logistiek\\w*|vrachtvervoer|wegtransport|expediteur|magazijn\\w*|koerier\\w*|vrachtwagen\\w*|wagenpark|toeleveringsketen|transportadora\\w*|transporte de mercadorias|armazem|armazens|armazenagem|frota|camioes|cadeia de abastecimento|estafeta',
    'trasport\\w*|spedizion\\w*|consegn\\w*|vervoer|levering\\w*|verzending|pakket\\w*|pacchi|encomendas|entregas?',
  ],
  'hospitality-travel': [
    'ostell[oi]|albergo|alberghi|camere|pernottament\\w*|ospiti|ristorante|ristoranti|vacanz\\w*|viaggi\\w*|agriturismo|bed and breakfast|kamers|overnacht\\w*|gasten|vakantie\\w*|hoteis|quartos|hospedes|estadias?|ferias|viagens?|pousadas?',
    'prenota\\w*|reserveren|reservering\\w*|soggiorn\\w*|verblijf',
  ],
  telecommunications: [
    'telecomunicazioni|fibra ottica|banda larga|operatore mobile|tariffe mobili|glasvezel|breedband|mobiele netwerk|telecommunicatie|telecomunicacoes|fibra otica|rede movel',
    'tariff\\w*|abbonament\\w*|abonnement\\w*|tarifarios',
  ],
  other: [
    'onoranze funebri|pompe funebri|agenzia funebre|uitvaart\\w*|begrafenisonderneming\\w*|agencia funeraria|servicos funerarios',
    'funerali|begrafenis\\w*|crematie\\w*|funeral|cremacao',
  ],
  'government-nonprofit': [
    'onlus|volontari\\w*|donazion[ei]|dona ora|fai una donazione|no profit|senza scopo di lucro|solidarieta|vrijwilliger\\w*|donatie\\w*|doneer\\w*|doneren|goede doel\\w*|overheid|ministerie|ministero|governo|zonder winstoogmerk|doacao|doacoes|doar|donativos?|sem fins lucrativos|camara municipal|solidariedade|ipss|fondazione|stichting|fundacao',
    'associazione|vereniging|associacao|comunita|gemeenschap|comunidade|cittadini|burgers|cidadaos|missione|missie|missao|leden|soci',
  ],
};
