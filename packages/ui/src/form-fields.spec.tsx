import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Checkboxes, DateInput, Radios, Select, TextInput, Textarea, dateParts, isoDate, type DateParts } from './form-fields';

describe('form fields', () => {
  it('labels a text input and ties its hint and error to it', () => {
    render(<TextInput id="name" label="Full name" hint="As on their birth certificate" error="Enter a name" value="" onChange={() => {}} />);
    const input = screen.getByLabelText('Full name');
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('govuk-input--error');
    expect(screen.getByText('Enter a name').closest('.govuk-error-message')).toHaveTextContent('Error: Enter a name');
  });

  it('puts the label in the h1 when it is the page heading', () => {
    render(<Textarea id="why" label="Why?" isPageHeading value="" onChange={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Why?');
  });

  it('reports changes from select, radios and checkboxes', async () => {
    const user = userEvent.setup();
    function Form() {
      const [team, setTeam] = useState('');
      const [gender, setGender] = useState('');
      const [needs, setNeeds] = useState<string[]>([]);
      return (
        <>
          <Select id="team" label="Team" value={team} onChange={setTeam} options={[{ value: '', label: 'All' }, { value: 't1', label: 'Team 1' }]} />
          <Radios id="gender" label="Gender" value={gender} onChange={setGender} options={[{ value: 'F', label: 'Female' }, { value: 'M', label: 'Male' }]} />
          <Checkboxes id="needs" label="Needs" value={needs} onChange={setNeeds} options={[{ value: 'h', label: 'Health' }, { value: 'e', label: 'Education' }]} />
          <output>{`${team}|${gender}|${needs.join(',')}`}</output>
        </>
      );
    }
    render(<Form />);
    await user.selectOptions(screen.getByLabelText('Team'), 't1');
    await user.click(screen.getByLabelText('Male'));
    await user.click(screen.getByLabelText('Health'));
    await user.click(screen.getByLabelText('Education'));
    await user.click(screen.getByLabelText('Health'));
    expect(screen.getByRole('status')).toHaveTextContent('t1|M|e');
    // The first choice carries the question's id, so an error summary link lands on it.
    expect(screen.getByLabelText('Female')).toHaveAttribute('id', 'gender');
    expect(screen.getByRole('group', { name: 'Gender' })).toBeInTheDocument();
  });

  it('reads a date from three boxes and rejects impossible dates', async () => {
    const user = userEvent.setup();
    function Form() {
      const [value, setValue] = useState<DateParts>(dateParts('2014-03-02'));
      return (
        <>
          <DateInput id="dob" label="Date of birth" hint="For example, 27 3 2014" value={value} onChange={setValue} />
          <output>{isoDate(value) ?? 'invalid'}</output>
        </>
      );
    }
    render(<Form />);
    expect(screen.getByLabelText('Day')).toHaveValue('2');
    expect(screen.getByRole('group', { name: 'Date of birth' })).toHaveAttribute('aria-describedby', 'dob-hint');
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '31');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '2');
    expect(screen.getByRole('status')).toHaveTextContent('invalid');
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '28');
    expect(screen.getByRole('status')).toHaveTextContent('2014-02-28');
  });
});
