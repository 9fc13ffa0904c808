// Lints every diagram in bpmn/ with the rules in .bpmnlintrc; a non-zero exit fails the Maven build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const folder = join('..', '..', 'bpmn');
const diagrams = readdirSync(folder).filter((name) => name.endsWith('.bpmn')).map((name) => join(folder, name));
const cli = join('node_modules', 'bpmnlint', 'bin', 'bpmnlint.js');
const result = spawnSync(process.execPath, [cli, '--config', '.bpmnlintrc', ...diagrams], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('\nUn diagramme de bpmn/ ne respecte pas les règles ci-dessus (élément, règle, explication).'
    + '\nCorrigez-le dans Camunda Modeler puis relancez la commande de test.');
}
process.exit(result.status ?? 1);
