import { describe, expect, it } from 'vitest';
import { leaderMessage } from '../../../lib/extract/leader-message';

// Issue 14: a head's letter in Portuguese, Spanish and Italian, signed on two lines (the name over the title).
// Invented people and companies.
const ctx = { url: 'https://www.moinho-exemplo.com.br/mensagem', observedAt: Date.UTC(2026, 11, 7) };
const signer = (heading: string, text: string) => {
  const p = leaderMessage(heading, '', text, 'Moinho Exemplo S.A.', ctx);
  return p ? [p.name?.value, p.title?.value, p.employer?.value] : undefined;
};

describe("a head's letter signed on two lines", () => {
  it('reads the name over the title under a Portuguese, Spanish or Italian heading', () => {
    const letter = 'Há setenta anos moemos trigo para a panificação.\nAna Cristina Morais\nDiretora-Presidente\n';
    expect(signer('Mensagem da Diretora-Presidente', letter)).toEqual([
      'Ana Cristina Morais',
      'Diretora-Presidente',
      'Moinho Exemplo S.A.',
    ]);
    expect(signer('Carta del Presidente', 'Gracias por su confianza.\nJavier Ortega Lluch\nPresidente\n')?.[0]).toBe(
      'Javier Ortega Lluch',
    );
    expect(
      signer("Messaggio dell'Amministratore Delegato", 'Grazie.\nGiulia Ferraris\nAmministratore Delegato')?.[0],
    ).toBe('Giulia Ferraris');
  });

  it('reads no one from a page that is no letter, or a name without a title under it', () => {
    expect(signer('Nossa história', 'Ana Cristina Morais\nDiretora-Presidente\n')).toBeUndefined();
    expect(signer('Mensagem do Presidente', 'Ana Cristina Morais\nRua das Flores, 120\n')).toBeUndefined();
  });
});
