import type { Department } from '../../signals/enums';

/**
 * A job title's department by keywords, first match wins (so "Data Engineer" is data, not engineering). Coarse on
 * purpose: it only groups a careers page's openings; the title classifier in lib/extract/classify is the precise one.
 */
const RULES: Array<[RegExp, Department]> = [
  [/\b(ceo|cto|cfo|coo|chief|managing director|geschäftsführ|directeur général)/i, 'executive'],
  [/\b(data|analytics|machine learning|ml|ai|bi)\b|datenanalyst|data scientist/i, 'data'],
  [/customer success|account manag|kundenbetreuung|onboarding/i, 'customer-success'],
  [/\b(support|customer service|help ?desk|kundenservice|service client)/i, 'support'],
  [/\b(sales|account executive|sdr|bdr|business development|vertrieb|verkauf|commercial|ventas|vendeur)/i, 'sales'],
  [/\b(marketing|seo|content|brand|growth|communications?|pr\b|social media)/i, 'marketing'],
  [/\bproduct (manager|owner|lead|director)|\bproduktmanager|chef de produit/i, 'product'],
  [/\b(design|designer|ux|ui|gestalter)/i, 'design'],
  [
    /\b(engineer|engineering|developer|devops|sre|software|frontend|front-end|backend|back-end|full[- ]?stack|qa|test|entwickler|ingénieur|développeur|desarrollador|programm)/i,
    'engineering',
  ],
  [/\b(it|system administrator|sysadmin|network|administrat(or|eur) système|informatik)\b/i, 'it'],
  [/\b(finance|financial|accountant|accounting|controller|controlling|buchhalt|comptab|payroll|treasury)/i, 'finance'],
  [/\b(recruit|talent|people|hr|human resources|personal|ressources humaines)/i, 'hr'],
  [/\b(legal|counsel|lawyer|jurist|paralegal|compliance|avocat|juriste)/i, 'legal'],
  [/\b(research|scientist|forsch|chercheur|r&d)/i, 'research'],
  [/\b(operations|office manager|logistics|supply chain|procurement|facility|betrieb|logistik)/i, 'operations'],
  [/\b(teacher|trainer|instructor|tutor|lehrer|formateur)/i, 'education'],
  [/\b(nurse|physician|doctor|medical|clinical|pflege|arzt|infirmi)/i, 'healthcare'],
];

export function departmentOf(title: string): Department {
  const text = title.slice(0, 200);
  for (const [pattern, department] of RULES) if (pattern.test(text)) return department;
  return 'other';
}
