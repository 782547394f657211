// Statutory timescales and local policy as data and pure functions: no
// database or framework imports, so the server, seeds and tests share them.
export * from './iso-date';
export * from './bank-holidays';
export * from './working-days';
export * from './sources';
export * from './policy-profile';
export * from './child-facts';
export * from './clocks';
export * from './alerts';
export * from './decision-support';
export * from './who-may-apply';
export * from './measures';
export * from './advocacy';
export * from './iro-disputes';
export * from './plan-timescales';
export * from './pathway-plan';
export * from './court';
export * from './family-finding';
