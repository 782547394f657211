import type { Problem } from './csv-file';
import type { ChildLine, ImportReport } from './ssda903-import';

export function problemLine(p: Problem): string {
  const where = [p.file, p.line !== null ? `line ${p.line}` : null, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
  return `${p.severity === 'error' ? 'ERROR' : 'note'} ${where}${p.child ? ` (CHILD ${p.child})` : ''}: ${p.reason}`;
}

/** A created or updated child's line, as the command prints it; null for a child left alone or out (its problems say why). */
export function childLine(c: ChildLine): string | null {
  return c.outcome === 'created' || c.outcome === 'updated' ? `  ${c.child} ${c.outcome}: ${c.changes.join('; ')}` : null;
}

/**
 * The report's summary: what was (or would be) created, updated and left alone, then the problems. The command prints
 * each child's line and each problem as it is found (`streamed`), so it is not held for the end; otherwise the lines
 * the report kept are listed here, saying when there were more than it kept.
 */
export function formatReport(r: ImportReport, { streamed = false }: { streamed?: boolean } = {}): string {
  const verb = r.dryRun ? 'would be' : 'were';
  const c = r.children;
  const lines = [
    `SSDA903 import ${r.year - 1}/${String(r.year).slice(2)} for ${r.council.name ?? 'an unknown council'} (LA ${r.council.laCode})${r.dryRun ? ': DRY RUN, nothing written' : ''}`,
  ];
  if (!r.completed) {
    lines.push('Nothing was imported: the problems below stop the import.');
  } else {
    if (r.council.created) lines.push(`The council ${r.dryRun ? 'would be' : 'was'} created, with the national policy profile and a team "Imported from SSDA903".`);
    lines.push(
      `Children: ${c.created} ${verb} created, ${c.updated} ${verb} updated, ${c.unchanged} left alone (no change), ${c.rejected} not imported.`,
      `Placements: ${r.records.placements.created} created, ${r.records.placements.updated} updated. Legal statuses: ${r.records.legalStatuses.created} created, ${r.records.legalStatuses.updated} updated. Reviews: ${r.records.reviews.created} created, ${r.records.reviews.updated} updated.`,
      `Missing or away periods: ${r.records.missingEpisodes.created} created, ${r.records.missingEpisodes.updated} updated. Deprivation of liberty orders: ${r.records.deprivationOfLibertyOrders.created} created, ${r.records.deprivationOfLibertyOrders.updated} updated. Health outcomes (a child's year): ${r.records.healthOutcomes.created} created, ${r.records.healthOutcomes.updated} updated.`,
      `Care leavers' birthdays (OC3): ${r.records.careLeaverBirthdays.created} created, ${r.records.careLeaverBirthdays.updated} updated. Adopters (AD1): ${r.records.adopters.created} created, ${r.records.adopters.updated} updated.`,
      `Social worker episodes: ${r.records.socialWorkerEpisodes.created} created, ${r.records.socialWorkerEpisodes.updated} updated; placeholder staff records for new Social Work England numbers: ${r.placeholdersCreated} (an administrator links each by giving an account its number).`,
    );
    if (!streamed) {
      const changed = c.created + c.updated + c.rejected;
      if (changed > r.perChild.length) lines.push(`Each child changed, the first ${r.perChild.length} of ${changed}:`);
      for (const child of r.perChild) {
        const line = childLine(child);
        if (line) lines.push(line);
      }
    }
  }
  const { errors, warnings } = r.problemCounts;
  if (errors + warnings > 0) {
    const shown = streamed ? ' (listed above, as they were found)' : errors + warnings > r.problems.length ? ` (the first ${r.problems.length} listed)` : '';
    lines.push(`${errors} problem(s), ${warnings} note(s)${shown}${streamed ? '.' : ':'}`);
    if (!streamed) for (const p of r.problems) lines.push(`  ${problemLine(p)}`);
  }
  return lines.join('\n');
}
