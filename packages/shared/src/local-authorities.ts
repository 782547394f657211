/**
 * England's 153 local authorities with children's services, by both codes the
 * DfE has used for them: the three-digit "old" LA number (SSDA903 returns until
 * 2023/24, and school UPNs) and the ONS code ("new_la_code", E06/E08/E09/E10)
 * its collections now use. From the DfE's published location lists (Explore
 * Education Statistics' local authority table), current after the reorganisations
 * of 2019 (Dorset), 2020 (Buckinghamshire), 2021 (Northamptonshire) and 2023
 * (Cumbria, North Yorkshire, Somerset).
 *
 * `former` holds ONS codes an authority had before a boundary change or a new
 * code, so an older return's code still finds it.
 */
export interface LocalAuthority {
  /** The DfE's three-digit number. */
  la: string;
  /** The current ONS code. */
  ons: string;
  name: string;
  former?: readonly string[];
}

export const LOCAL_AUTHORITIES: readonly LocalAuthority[] = [
  // North East
  { la: '805', ons: 'E06000001', name: 'Hartlepool' },
  { la: '806', ons: 'E06000002', name: 'Middlesbrough' },
  { la: '807', ons: 'E06000003', name: 'Redcar and Cleveland' },
  { la: '808', ons: 'E06000004', name: 'Stockton-on-Tees' },
  { la: '841', ons: 'E06000005', name: 'Darlington' },
  { la: '840', ons: 'E06000047', name: 'County Durham' },
  { la: '929', ons: 'E06000057', name: 'Northumberland', former: ['E06000048'] },
  { la: '390', ons: 'E08000037', name: 'Gateshead', former: ['E08000020'] },
  { la: '391', ons: 'E08000021', name: 'Newcastle upon Tyne' },
  { la: '392', ons: 'E08000022', name: 'North Tyneside' },
  { la: '393', ons: 'E08000023', name: 'South Tyneside' },
  { la: '394', ons: 'E08000024', name: 'Sunderland' },
  // North West
  { la: '876', ons: 'E06000006', name: 'Halton' },
  { la: '877', ons: 'E06000007', name: 'Warrington' },
  { la: '889', ons: 'E06000008', name: 'Blackburn with Darwen' },
  { la: '890', ons: 'E06000009', name: 'Blackpool' },
  { la: '895', ons: 'E06000049', name: 'Cheshire East' },
  { la: '896', ons: 'E06000050', name: 'Cheshire West and Chester' },
  { la: '942', ons: 'E06000063', name: 'Cumberland' },
  { la: '943', ons: 'E06000064', name: 'Westmorland and Furness' },
  { la: '350', ons: 'E08000001', name: 'Bolton' },
  { la: '351', ons: 'E08000002', name: 'Bury' },
  { la: '352', ons: 'E08000003', name: 'Manchester' },
  { la: '353', ons: 'E08000004', name: 'Oldham' },
  { la: '354', ons: 'E08000005', name: 'Rochdale' },
  { la: '355', ons: 'E08000006', name: 'Salford' },
  { la: '356', ons: 'E08000007', name: 'Stockport' },
  { la: '357', ons: 'E08000008', name: 'Tameside' },
  { la: '358', ons: 'E08000009', name: 'Trafford' },
  { la: '359', ons: 'E08000010', name: 'Wigan' },
  { la: '340', ons: 'E08000011', name: 'Knowsley' },
  { la: '341', ons: 'E08000012', name: 'Liverpool' },
  { la: '342', ons: 'E08000013', name: 'St. Helens' },
  { la: '343', ons: 'E08000014', name: 'Sefton' },
  { la: '344', ons: 'E08000015', name: 'Wirral' },
  { la: '888', ons: 'E10000017', name: 'Lancashire' },
  // Yorkshire and the Humber
  { la: '810', ons: 'E06000010', name: 'Kingston upon Hull, City of' },
  { la: '811', ons: 'E06000011', name: 'East Riding of Yorkshire' },
  { la: '812', ons: 'E06000012', name: 'North East Lincolnshire' },
  { la: '813', ons: 'E06000013', name: 'North Lincolnshire' },
  { la: '816', ons: 'E06000014', name: 'York' },
  { la: '815', ons: 'E06000065', name: 'North Yorkshire', former: ['E10000023'] },
  { la: '370', ons: 'E08000016', name: 'Barnsley' },
  { la: '371', ons: 'E08000017', name: 'Doncaster' },
  { la: '372', ons: 'E08000018', name: 'Rotherham' },
  { la: '373', ons: 'E08000019', name: 'Sheffield' },
  { la: '380', ons: 'E08000032', name: 'Bradford' },
  { la: '381', ons: 'E08000033', name: 'Calderdale' },
  { la: '382', ons: 'E08000034', name: 'Kirklees' },
  { la: '383', ons: 'E08000035', name: 'Leeds' },
  { la: '384', ons: 'E08000036', name: 'Wakefield' },
  // East Midlands
  { la: '831', ons: 'E06000015', name: 'Derby' },
  { la: '856', ons: 'E06000016', name: 'Leicester' },
  { la: '857', ons: 'E06000017', name: 'Rutland' },
  { la: '892', ons: 'E06000018', name: 'Nottingham' },
  { la: '940', ons: 'E06000061', name: 'North Northamptonshire' },
  { la: '941', ons: 'E06000062', name: 'West Northamptonshire' },
  { la: '830', ons: 'E10000007', name: 'Derbyshire' },
  { la: '855', ons: 'E10000018', name: 'Leicestershire' },
  { la: '925', ons: 'E10000019', name: 'Lincolnshire' },
  { la: '891', ons: 'E10000024', name: 'Nottinghamshire' },
  // West Midlands
  { la: '884', ons: 'E06000019', name: 'Herefordshire' },
  { la: '894', ons: 'E06000020', name: 'Telford and Wrekin' },
  { la: '861', ons: 'E06000021', name: 'Stoke-on-Trent' },
  { la: '893', ons: 'E06000051', name: 'Shropshire' },
  { la: '330', ons: 'E08000025', name: 'Birmingham' },
  { la: '331', ons: 'E08000026', name: 'Coventry' },
  { la: '332', ons: 'E08000027', name: 'Dudley' },
  { la: '333', ons: 'E08000028', name: 'Sandwell' },
  { la: '334', ons: 'E08000029', name: 'Solihull' },
  { la: '335', ons: 'E08000030', name: 'Walsall' },
  { la: '336', ons: 'E08000031', name: 'Wolverhampton' },
  { la: '860', ons: 'E10000028', name: 'Staffordshire' },
  { la: '937', ons: 'E10000031', name: 'Warwickshire' },
  { la: '885', ons: 'E10000034', name: 'Worcestershire' },
  // East of England
  { la: '874', ons: 'E06000031', name: 'Peterborough' },
  { la: '821', ons: 'E06000032', name: 'Luton' },
  { la: '882', ons: 'E06000033', name: 'Southend-on-Sea' },
  { la: '883', ons: 'E06000034', name: 'Thurrock' },
  { la: '822', ons: 'E06000055', name: 'Bedford' },
  { la: '823', ons: 'E06000056', name: 'Central Bedfordshire' },
  { la: '873', ons: 'E10000003', name: 'Cambridgeshire' },
  { la: '881', ons: 'E10000012', name: 'Essex' },
  { la: '919', ons: 'E10000015', name: 'Hertfordshire' },
  { la: '926', ons: 'E10000020', name: 'Norfolk' },
  { la: '935', ons: 'E10000029', name: 'Suffolk' },
  // Inner London
  { la: '201', ons: 'E09000001', name: 'City of London' },
  { la: '202', ons: 'E09000007', name: 'Camden' },
  { la: '204', ons: 'E09000012', name: 'Hackney' },
  { la: '205', ons: 'E09000013', name: 'Hammersmith and Fulham' },
  { la: '309', ons: 'E09000014', name: 'Haringey' },
  { la: '206', ons: 'E09000019', name: 'Islington' },
  { la: '207', ons: 'E09000020', name: 'Kensington and Chelsea' },
  { la: '208', ons: 'E09000022', name: 'Lambeth' },
  { la: '209', ons: 'E09000023', name: 'Lewisham' },
  { la: '316', ons: 'E09000025', name: 'Newham' },
  { la: '210', ons: 'E09000028', name: 'Southwark' },
  { la: '211', ons: 'E09000030', name: 'Tower Hamlets' },
  { la: '212', ons: 'E09000032', name: 'Wandsworth' },
  { la: '213', ons: 'E09000033', name: 'Westminster' },
  // Outer London
  { la: '301', ons: 'E09000002', name: 'Barking and Dagenham' },
  { la: '302', ons: 'E09000003', name: 'Barnet' },
  { la: '303', ons: 'E09000004', name: 'Bexley' },
  { la: '304', ons: 'E09000005', name: 'Brent' },
  { la: '305', ons: 'E09000006', name: 'Bromley' },
  { la: '306', ons: 'E09000008', name: 'Croydon' },
  { la: '307', ons: 'E09000009', name: 'Ealing' },
  { la: '308', ons: 'E09000010', name: 'Enfield' },
  { la: '203', ons: 'E09000011', name: 'Greenwich' },
  { la: '310', ons: 'E09000015', name: 'Harrow' },
  { la: '311', ons: 'E09000016', name: 'Havering' },
  { la: '312', ons: 'E09000017', name: 'Hillingdon' },
  { la: '313', ons: 'E09000018', name: 'Hounslow' },
  { la: '314', ons: 'E09000021', name: 'Kingston upon Thames' },
  { la: '315', ons: 'E09000024', name: 'Merton' },
  { la: '317', ons: 'E09000026', name: 'Redbridge' },
  { la: '318', ons: 'E09000027', name: 'Richmond upon Thames' },
  { la: '319', ons: 'E09000029', name: 'Sutton' },
  { la: '320', ons: 'E09000031', name: 'Waltham Forest' },
  // South East
  { la: '887', ons: 'E06000035', name: 'Medway' },
  { la: '867', ons: 'E06000036', name: 'Bracknell Forest' },
  { la: '869', ons: 'E06000037', name: 'West Berkshire' },
  { la: '870', ons: 'E06000038', name: 'Reading' },
  { la: '871', ons: 'E06000039', name: 'Slough' },
  { la: '868', ons: 'E06000040', name: 'Windsor and Maidenhead' },
  { la: '872', ons: 'E06000041', name: 'Wokingham' },
  { la: '826', ons: 'E06000042', name: 'Milton Keynes' },
  { la: '846', ons: 'E06000043', name: 'Brighton and Hove' },
  { la: '851', ons: 'E06000044', name: 'Portsmouth' },
  { la: '852', ons: 'E06000045', name: 'Southampton' },
  { la: '921', ons: 'E06000046', name: 'Isle of Wight' },
  { la: '825', ons: 'E06000060', name: 'Buckinghamshire', former: ['E10000002'] },
  { la: '845', ons: 'E10000011', name: 'East Sussex' },
  { la: '850', ons: 'E10000014', name: 'Hampshire' },
  { la: '886', ons: 'E10000016', name: 'Kent' },
  { la: '931', ons: 'E10000025', name: 'Oxfordshire' },
  { la: '936', ons: 'E10000030', name: 'Surrey' },
  { la: '938', ons: 'E10000032', name: 'West Sussex' },
  // South West
  { la: '800', ons: 'E06000022', name: 'Bath and North East Somerset' },
  { la: '801', ons: 'E06000023', name: 'Bristol, City of' },
  { la: '802', ons: 'E06000024', name: 'North Somerset' },
  { la: '803', ons: 'E06000025', name: 'South Gloucestershire' },
  { la: '879', ons: 'E06000026', name: 'Plymouth' },
  { la: '880', ons: 'E06000027', name: 'Torbay' },
  { la: '866', ons: 'E06000030', name: 'Swindon' },
  { la: '908', ons: 'E06000052', name: 'Cornwall' },
  { la: '420', ons: 'E06000053', name: 'Isles of Scilly' },
  { la: '865', ons: 'E06000054', name: 'Wiltshire' },
  { la: '839', ons: 'E06000058', name: 'Bournemouth, Christchurch and Poole' },
  { la: '838', ons: 'E06000059', name: 'Dorset' },
  { la: '933', ons: 'E06000066', name: 'Somerset', former: ['E10000027'] },
  { la: '878', ons: 'E10000008', name: 'Devon' },
  { la: '916', ons: 'E10000013', name: 'Gloucestershire' },
];

/**
 * Authorities that no longer run children's services, by the old number a
 * return of theirs carries and the authorities that took over: an import of
 * their return is refused with the successors named.
 */
export const FORMER_LOCAL_AUTHORITIES: readonly { la: string; ons: string; name: string; successors: readonly string[] }[] = [
  { la: '835', ons: 'E10000009', name: 'Dorset County Council', successors: ['838'] },
  { la: '836', ons: 'E06000029', name: 'Poole', successors: ['839'] },
  { la: '837', ons: 'E06000028', name: 'Bournemouth', successors: ['839'] },
  { la: '928', ons: 'E10000021', name: 'Northamptonshire', successors: ['940', '941'] },
  { la: '909', ons: 'E10000006', name: 'Cumbria', successors: ['942', '943'] },
];

/** The authority a three-digit number or an ONS code (current or former) names; undefined when neither. */
export function findLocalAuthority(code: string): LocalAuthority | undefined {
  const c = code.trim().toUpperCase();
  return LOCAL_AUTHORITIES.find((a) => a.la === c || a.ons === c || (a.former?.includes(c) ?? false));
}
