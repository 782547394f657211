import { render, screen, within } from '@testing-library/react';
import { WhoMayApply } from './who-may-apply';

const source = { __typename: 'RuleSourceType' as const, council: 'Dorset', section: '7.5', text: 'Who may apply for a Special Guardianship Order.' };

describe('who may apply, on the plan page', () => {
  it('names each person, whether they may apply now, why, how else, an assessment under way, and the source', () => {
    render(
      <WhoMayApply
        routes={[
          {
            order: 'SPECIAL_GUARDIANSHIP',
            law: 'Children Act 1989, section 14A',
            source,
            people: [
              { name: 'Lisa Brown', relationship: 'Maternal aunt', from: 'NETWORK', assessment: 'UNDER_WAY', eligible: false, reasons: [], otherwise: ['With the council’s consent (the child is under a care order)'] },
              { name: 'Denise and Paul Ashworth', relationship: 'Foster carer', from: 'CARER', assessment: 'NOT_CONSIDERED', eligible: true, reasons: ['A foster carer the child has lived with for the year before'], otherwise: [] },
            ],
          },
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Who may apply for an order' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Special guardianship order' })).toBeTruthy();
    const lisa = within(section).getByText('Lisa Brown').closest('li')!;
    expect(lisa.textContent).toContain('(maternal aunt)');
    expect(lisa.textContent).toContain('Not now');
    expect(lisa.textContent).toContain('Carer assessment under way');
    expect(lisa.textContent).toContain('With the council’s consent (the child is under a care order)');
    const carers = within(section).getByText('Denise and Paul Ashworth').closest('li')!;
    expect(carers.textContent).toContain('May apply');
    expect(carers.textContent).toContain('A foster carer the child has lived with for the year before');
    expect(section.textContent).toContain('Children Act 1989, section 14A. Source: Dorset 7.5');
  });

  it('with nobody recorded, says where to add them', () => {
    render(<WhoMayApply routes={[{ order: 'ADOPTION', law: 'Adoption and Children Act 2002, section 42', source, people: [] }]} />);
    expect(screen.getByText(/No family, friends or carers are recorded yet/)).toBeTruthy();
  });
});
