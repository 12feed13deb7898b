// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read.
// Regions are 1-based lines and columns in UTF-16 code units (the run says so in columnKind), end
// columns exclusive like LSP's; paths are relative to the working folder (%SRCROOT%).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { ALL_RULES, type Rule, type Severity } from '../../../rules';
import { folderUri, pathToFileURL, relativeUri } from '../paths';
import type { Range, ReportedEdit } from '../report';
import type { FormatContext, Formatter } from './types';

const SRCROOT = '%SRCROOT%';

export const sarif: Formatter = (reports, context) => {
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.meta.id, index]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    const artifactLocation = artifact(report.file, context.cwd);
    report.diagnostics.forEach((diagnostic, index) => {
      const fix = report.fixes?.[index];
      const result: Sarif.Result = {
        ruleId: diagnostic.rule,
        ruleIndex: ruleIndex.get(diagnostic.rule),
        level: level(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(diagnostic.range) } }],
      };
      if (diagnostic.channel) result.properties = { channel: diagnostic.channel };
      if (fix) {
        result.fixes = [
          {
            description: { text: fix.title },
            artifactChanges: [{ artifactLocation, replacements: fix.edits.map(replacement) }],
          },
        ];
      }
      results.push(result);
    });
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postlint',
            version: context.version,
            semanticVersion: context.version,
            rules: ALL_RULES.map((rule) => descriptor(rule, context)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function descriptor(rule: Rule, context: FormatContext): Sarif.ReportingDescriptor {
  const { id, description, defaultSeverity } = rule.meta;
  const text = description[context.locale ?? 'en'] || description.en || id;
  const descriptor: Sarif.ReportingDescriptor = {
    id,
    shortDescription: { text },
    defaultConfiguration: { level: level(defaultSeverity) },
  };
  // The docs ship next to the bundle; link them only where the page exists.
  const docs = path.join(context.docsDirectory, `${id}.md`);
  if (fs.existsSync(docs)) descriptor.helpUri = pathToFileURL(docs).href;
  return descriptor;
}

/** A file below the working folder relative to %SRCROOT%; anything else as an absolute file URI. */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  if (path.isAbsolute(file) || file.split(/[\\/]/)[0] === '..') return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relativeUri(file), uriBaseId: SRCROOT };
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function replacement(edit: ReportedEdit): Sarif.Replacement {
  return { deletedRegion: region(edit.range), insertedContent: { text: edit.newText } };
}

function level(severity: Severity): Sarif.ReportingConfiguration.level {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}
