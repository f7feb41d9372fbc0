// A portal's code written against v1's generated types must stop compiling when v2 removes a
// field it reads: the generated types turn a breaking definition change into a compile error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { compile } from '@hoso/core';
import { submissionTypes } from '../src/commands/types.js';

function definition(version: string, withPhone: boolean): unknown {
  const elements: unknown[] = [
    { type: 'text', key: 'fullName', label: { vi: 'Họ và tên' }, required: true },
  ];
  if (withPhone) elements.push({ type: 'phone', key: 'phone', label: { vi: 'Số điện thoại' } });
  return {
    formatVersion: 1,
    id: 'cap-ban-sao',
    version,
    code: '2.000635',
    title: { vi: 'Cấp bản sao' },
    agency: { name: { vi: 'UBND xã' }, level: 'commune' },
    serviceLevel: 'full',
    processingTime: { workingDays: 1 },
    steps: [{ key: 'applicant', title: { vi: 'Người yêu cầu' }, elements }],
    flow: {
      start: 'receive',
      roles: [{ key: 'clerk', title: { vi: 'Cán bộ' } }],
      stages: [
        {
          key: 'receive',
          title: { vi: 'Tiếp nhận' },
          role: 'clerk',
          transitions: [{ action: 'approve', to: 'done' }],
        },
        { key: 'done', title: { vi: 'Xong' }, outcome: 'completed' },
      ],
    },
  };
}

const portalCode = `
import type { CapBanSaoData } from './types.js';
export function contact(data: CapBanSaoData): string {
  return data.fullName + ' ' + (data.phone ?? '');
}
`;

/** Type-checks the portal's file against the generated types, in memory. */
function diagnostics(generatedTypes: string): readonly ts.Diagnostic[] {
  const files = new Map([
    ['/portal/types.ts', generatedTypes],
    ['/portal/contact.ts', portalCode],
  ]);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.directoryExists = (name) => name === '/portal' || (directoryExists?.(name) ?? false);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, language) => {
    const text = files.get(name);
    return text !== undefined
      ? ts.createSourceFile(name, text, language)
      : getSourceFile(name, language);
  };
  const program = ts.createProgram(['/portal/contact.ts'], options, host);
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === '/portal/contact.ts');
}

describe('generated types and breaking changes', () => {
  it('portal code reading a field compiles against v1', async () => {
    const v1 = await submissionTypes(compile(definition('1.0.0', true)));
    assert.deepEqual(
      diagnostics(v1).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      [],
    );
  });

  it('fails to compile against v2, which removed the field', async () => {
    const v2 = await submissionTypes(compile(definition('2.0.0', false)));
    const found = diagnostics(v2);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.code, 2339); // Property '…' does not exist on type '…'.
    assert.match(
      ts.flattenDiagnosticMessageText(found[0]!.messageText, '\n'),
      /'phone' does not exist on type 'CapBanSaoData'/,
    );
  });
});
