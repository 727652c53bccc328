import type { Page } from '@playwright/test';

/** Page object for the People card of the side panel (the account's contacts, lib/people). */
export class PeoplePanel {
  constructor(readonly page: Page) {}

  get card() {
    return this.page.getByTestId('people');
  }
  get people() {
    return this.card.getByTestId('person');
  }
  /** One person's row, by the name shown. */
  person(name: string) {
    const row = this.people.filter({ has: this.page.getByTestId('person-name').getByText(name, { exact: true }) });
    return {
      row,
      title: row.getByTestId('person-title'),
      role: row.getByTestId('buying-role'),
      reason: row.getByTestId('buying-role-reason'),
      source: row.getByTestId('person-source'),
    };
  }
}
