import type { Department } from '../../signals/enums';
import type { CompanySignals } from '../../signals/schema';

/**
 * The `when` tests the banks share. Paired questions (known / unknown) use them to keep the text honest: a question
 * never asks for what the page already said.
 */
export const hasCountry = (s: CompanySignals) => !!s.hq?.value.country;
export const hasTech = (s: CompanySignals) => (s.technologies?.value.length ?? 0) > 0;
export const openRoles = (s: CompanySignals) => s.hiring?.value.openRoles;
export const isHiring = (s: CompanySignals) => (openRoles(s) ?? 0) > 0;
export const hiringUnknown = (s: CompanySignals) => openRoles(s) === undefined && !hasDepartments(s);
export const hasDepartments = (s: CompanySignals) => Object.keys(s.hiring?.value.byDepartment ?? {}).length > 0;
export const hiresIn = (s: CompanySignals, departments: readonly Department[]) =>
  departments.some((d) => (s.hiring?.value.byDepartment?.[d] ?? 0) > 0);
export const hasIndustry = (s: CompanySignals) => !!(s.industry || s.industryGroup);
export const businessUnknown = (s: CompanySignals) => !(s.industryGroup && s.description);
export const hasFunding = (s: CompanySignals) => !!s.fundingStage;
