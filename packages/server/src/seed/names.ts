/**
 * Name stock for the demo children, carers and relatives: a spread of
 * backgrounds that a borough in England serves. Every name is invented in
 * combination; none describes a real child.
 */
export interface Heritage {
  ethnicity: string;
  religions: readonly string[];
  languages: readonly string[];
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  /** How often a generated child has this background. */
  weight: number;
}

export const HERITAGES: readonly Heritage[] = [
  {
    ethnicity: 'White British',
    religions: ['No religion', 'No religion', 'Christian', 'Not known'],
    languages: ['English'],
    female: ['Olivia', 'Isla', 'Ava', 'Poppy', 'Ellie', 'Freya', 'Evie', 'Maisie', 'Scarlett', 'Holly', 'Megan', 'Paige', 'Lacey', 'Sienna', 'Daisy'],
    male: ['Harry', 'Oliver', 'Jack', 'Charlie', 'George', 'Alfie', 'Leo', 'Freddie', 'Archie', 'Riley', 'Mason', 'Callum', 'Reece', 'Connor', 'Jake', 'Logan'],
    surnames: ['Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Edwards', 'Hall', 'Wood', 'Harris', 'Jackson', 'Turner', 'Hill', 'Moore', 'Morris', 'Barker', 'Fletcher', 'Lloyd', 'Shaw', 'Dawson', 'Parkin', 'Holt', 'Griffiths', 'Sutton', 'Pearce'],
    weight: 38,
  },
  {
    ethnicity: 'White - Irish',
    religions: ['Christian', 'No religion'],
    languages: ['English'],
    female: ['Aoife', 'Niamh', 'Ciara', 'Roisin'],
    male: ['Cian', 'Oisin', 'Ronan', 'Darragh'],
    surnames: ['Murphy', 'Doyle', 'Byrne', 'Kavanagh', 'Brennan'],
    weight: 3,
  },
  {
    ethnicity: 'White - any other White background',
    religions: ['Christian', 'Christian', 'No religion'],
    languages: ['Polish', 'Romanian', 'English', 'Lithuanian'],
    female: ['Zofia', 'Julia', 'Maja', 'Ioana', 'Andreea', 'Natalia', 'Emilija'],
    male: ['Jakub', 'Szymon', 'Andrei', 'Luca', 'Filip', 'Matas', 'Darius'],
    surnames: ['Nowak', 'Ionescu', 'Dumitru', 'Wojcik', 'Mazur', 'Kaczmarek', 'Petrauskas', 'Stanciu'],
    weight: 8,
  },
  {
    ethnicity: 'Mixed - White and Black Caribbean',
    religions: ['Christian', 'No religion'],
    languages: ['English'],
    female: ['Aaliyah', 'Leah', 'Nevaeh', 'Skye', 'Tia', 'Jada'],
    male: ['Jayden', 'Tyrese', 'Malachi', 'Kyrie', 'Marley', 'Zion'],
    surnames: ['Campbell', 'Richards', 'Francis', 'Grant', 'Bailey', 'Henry', 'Thomas'],
    weight: 9,
  },
  {
    ethnicity: 'Mixed - White and Asian',
    religions: ['No religion', 'Muslim', 'Christian'],
    languages: ['English'],
    female: ['Sana', 'Lola', 'Mila', 'Yasmin'],
    male: ['Rafi', 'Kian', 'Zack', 'Sami'],
    surnames: ['Mirza', 'Collins', 'Sheikh', 'Baxter'],
    weight: 3,
  },
  {
    ethnicity: 'Black - African',
    religions: ['Christian', 'Christian', 'No religion'],
    languages: ['English', 'Yoruba', 'Twi', 'Igbo'],
    female: ['Precious', 'Blessing', 'Adaeze', 'Chidinma', 'Esi', 'Abena', 'Temi'],
    male: ['Emmanuel', 'Kwabena', 'Tobi', 'Chinedu', 'Samuel', 'Femi', 'Kojo'],
    surnames: ['Adeyemi', 'Okafor', 'Mensah', 'Nwosu', 'Boateng', 'Owusu', 'Eze', 'Adebayo', 'Asante'],
    weight: 8,
  },
  {
    ethnicity: 'Black - African',
    religions: ['Muslim'],
    languages: ['Somali', 'English'],
    female: ['Hodan', 'Ayan', 'Sagal', 'Ifrah'],
    male: ['Abdi', 'Mahad', 'Guled', 'Hamse'],
    surnames: ['Warsame', 'Farah', 'Jama', 'Hirsi', 'Abdullahi'],
    weight: 4,
  },
  {
    ethnicity: 'Black - Caribbean',
    religions: ['Christian', 'No religion'],
    languages: ['English'],
    female: ['Shanice', 'Keisha', 'Amoy', 'Tanisha'],
    male: ['Dwayne', 'Kemar', 'Andre', 'Shaquille'],
    surnames: ['Powell', 'Brathwaite', 'McKenzie', 'Reid', 'Gordon'],
    weight: 5,
  },
  {
    ethnicity: 'Asian - Pakistani',
    religions: ['Muslim'],
    languages: ['English', 'Urdu', 'Punjabi'],
    female: ['Aisha', 'Zara', 'Maryam', 'Hafsa', 'Iqra', 'Amna'],
    male: ['Ibrahim', 'Ayaan', 'Hamza', 'Bilal', 'Yusuf', 'Haris'],
    surnames: ['Akhtar', 'Iqbal', 'Mahmood', 'Rashid', 'Bashir', 'Javed'],
    weight: 7,
  },
  {
    ethnicity: 'Asian - Bangladeshi',
    religions: ['Muslim'],
    languages: ['Bengali', 'Sylheti', 'English'],
    female: ['Sumaiya', 'Tasnim', 'Nusrat', 'Ruksana', 'Fahima'],
    male: ['Rayhan', 'Tanvir', 'Arif', 'Shahin', 'Imran'],
    surnames: ['Uddin', 'Miah', 'Rahman', 'Chowdhury', 'Hoque'],
    weight: 5,
  },
  {
    ethnicity: 'Asian - Indian',
    religions: ['Hindu', 'Sikh', 'Hindu'],
    languages: ['English', 'Gujarati', 'Punjabi'],
    female: ['Anika', 'Diya', 'Simran', 'Jasleen', 'Kavya'],
    male: ['Arjun', 'Rohan', 'Dev', 'Harjit', 'Nikhil'],
    surnames: ['Patel', 'Sharma', 'Gill', 'Mistry', 'Sandhu', 'Parmar'],
    weight: 4,
  },
  {
    ethnicity: 'Asian - Chinese',
    religions: ['No religion', 'Buddhist'],
    languages: ['English', 'Cantonese', 'Mandarin'],
    female: ['Mei', 'Jia', 'Xin'],
    male: ['Jun', 'Hao', 'Wei'],
    surnames: ['Chen', 'Wong', 'Zhang', 'Lau'],
    weight: 2,
  },
  {
    ethnicity: 'Other - Arab',
    religions: ['Muslim'],
    languages: ['Arabic', 'English'],
    female: ['Noor', 'Rania', 'Lina'],
    male: ['Karim', 'Tariq', 'Adam'],
    surnames: ['Haddad', 'Mansour', 'Saleh', 'Nasser'],
    weight: 2,
  },
];

/** Backgrounds of the unaccompanied asylum-seeking young people the borough looks after. */
export const UASC_HERITAGES: readonly Heritage[] = [
  {
    ethnicity: 'Asian - any other Asian background',
    religions: ['Muslim'],
    languages: ['Pashto', 'Dari'],
    female: ['Mariam', 'Zahra'],
    male: ['Ahmad', 'Farhad', 'Naveed', 'Sohail', 'Jawad', 'Rahmatullah'],
    surnames: ['Noori', 'Ahmadzai', 'Safi', 'Popal', 'Stanikzai'],
    weight: 5,
  },
  {
    ethnicity: 'Black - African',
    religions: ['Christian'],
    languages: ['Tigrinya'],
    female: ['Saba', 'Helen', 'Senait'],
    male: ['Yonas', 'Dawit', 'Robel', 'Filmon'],
    surnames: ['Tesfay', 'Gebremedhin', 'Haile', 'Berhane'],
    weight: 3,
  },
  {
    ethnicity: 'Black - African',
    religions: ['Muslim'],
    languages: ['Arabic'],
    female: ['Amna'],
    male: ['Mohamed', 'Osman', 'Khalid', 'Abdelrahman'],
    surnames: ['Ibrahim', 'Adam', 'Osman', 'Hamid'],
    weight: 2,
  },
  {
    ethnicity: 'White - any other White background',
    religions: ['Muslim', 'No religion'],
    languages: ['Albanian'],
    female: ['Elira'],
    male: ['Arben', 'Klevis', 'Erion'],
    surnames: ['Hoxha', 'Krasniqi', 'Berisha'],
    weight: 2,
  },
  {
    ethnicity: 'Other - any other ethnic group',
    religions: ['Muslim'],
    languages: ['Kurdish (Sorani)'],
    female: ['Shilan'],
    male: ['Rebin', 'Karwan', 'Hemin'],
    surnames: ['Rasul', 'Aziz', 'Karim'],
    weight: 2,
  },
];

export const ADULT_FIRST_NAMES = [
  'Karen', 'Dean', 'Michelle', 'Wayne', 'Joanne', 'Lee', 'Tracy', 'Darren', 'Nicola', 'Gary',
  'Sandra', 'Paul', 'Denise', 'Steve', 'Lorraine', 'Mark', 'Janet', 'Andrew', 'Samina', 'Tariq',
  'Grace', 'Kwame', 'Beverley', 'Winston', 'Agnieszka', 'Piotr', 'Fatima', 'Rashida', 'Colin', 'Pauline',
] as const;

export const CARER_SURNAMES = [
  'Ashworth', 'Bellamy', 'Carver', 'Dunmore', 'Ellison', 'Fairbrother', 'Gladwell', 'Hartley', 'Ingram',
  'Kendrick', 'Lindqvist', 'Mortimer', 'Nettleton', 'Ogundipe', 'Pemberton', 'Quarshie', 'Rowntree',
  'Stanfield', 'Thackeray', 'Underwood', 'Varley', 'Whitcombe', 'Yardley', 'Akinola', 'Balogun',
] as const;

export const RESIDENTIAL_HOMES = [
  { name: 'Oakfield House', postcode: 'TW2 6LY', inArea: true },
  { name: 'Willow Lodge', postcode: 'KT11 3PZ', inArea: false },
  { name: 'Harbour View', postcode: 'TQ2 5JS', inArea: false },
  { name: 'The Beeches', postcode: 'TW12 3RD', inArea: true },
  { name: 'Moorside Cottage', postcode: 'HX1 1NH', inArea: false },
] as const;

export const SEMI_INDEPENDENT_SERVICES = [
  { name: 'Riverside Foyer', postcode: 'TW1 3ES', inArea: true },
  { name: 'Canal Street Supported Living', postcode: 'TW9 2ES', inArea: true },
  { name: 'Northgate Step-Up Flats', postcode: 'KT1 2JD', inArea: false },
] as const;

export const PRIMARY_SCHOOLS = [
  'Riverside Primary School', "St Mary's CE Primary School", 'Oakwood Primary Academy', 'Millbrook Infant and Junior School',
  'Greenway Primary School', 'St Joseph’s Catholic Primary School',
] as const;

export const SECONDARY_SCHOOLS = [
  'Riverside High School', 'Oakwood Academy', 'Kingsmead School', 'St Thomas More Catholic School', 'Riverside College (sixth form)',
] as const;

export const TEACHER_TITLES = ['Mr', 'Ms', 'Mrs', 'Miss'] as const;
