// A minimal Language Server Protocol client over stdio, enough to drive yaml-language-server the
// way an editor does: initialize with a workspace folder, answer its configuration requests with
// the repository's .vscode/settings.json, open a document and wait for its diagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

export interface LspDiagnostic {
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
}

export class YamlServer {
  private proc: ChildProcess;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (r: unknown) => void>();
  private waiters = new Map<string, (d: LspDiagnostic[]) => void>();
  private versions = new Map<string, number>();
  stderr = '';

  constructor(
    private root: string,
    private yamlSettings: Record<string, unknown>,
  ) {
    const bin = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    this.proc = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (c: Buffer) => this.onData(c));
    this.proc.stderr!.on('data', (c: Buffer) => (this.stderr += c.toString()));
  }

  /** Settings as VS Code would send them from the workspace's .vscode/settings.json. */
  static fromWorkspace(root: string): YamlServer {
    const vscode = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return new YamlServer(root, { schemas: vscode['yaml.schemas'] ?? {} });
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
      this.onMessage(msg);
    }
  }

  private onMessage(msg: {
    id?: number;
    method?: string;
    params?: { uri?: string; diagnostics?: LspDiagnostic[]; items?: { section?: string }[] };
    result?: unknown;
  }): void {
    if (msg.method && msg.id !== undefined) {
      // a request from the server
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') {
        result = (msg.params?.items ?? []).map((it) =>
          it.section === 'yaml'
            ? {
                validate: true,
                hover: true,
                completion: true,
                schemaStore: { enable: false },
                ...this.yamlSettings,
              }
            : it.section === 'http'
              ? { proxy: '', proxyStrictSSL: false }
              : {},
        );
      }
      this.send({ id: msg.id, result });
      return;
    }
    if (msg.id !== undefined) {
      this.pending.get(msg.id)?.(msg.result);
      this.pending.delete(msg.id);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics' && msg.params?.uri) {
      this.waiters.get(msg.params.uri)?.(msg.params.diagnostics ?? []);
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async start(): Promise<void> {
    const uri = pathToFileURL(this.root).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'office' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: {} });
    // let the server pull the configuration before documents arrive
    await new Promise((r) => setTimeout(r, 300));
  }

  /** Opens a document and resolves with the diagnostics the server publishes for it. */
  diagnose(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const got = new Promise<LspDiagnostic[]>((resolve) => this.waiters.set(uri, resolve));
    const version = this.versions.get(uri);
    if (version === undefined) {
      this.versions.set(uri, 1);
      this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    } else {
      this.versions.set(uri, version + 1);
      this.notify('textDocument/didChange', {
        textDocument: { uri, version: version + 1 },
        contentChanges: [{ text }],
      });
    }
    return got;
  }

  async hover(file: string, line: number, character: number): Promise<string> {
    const r = (await this.request('textDocument/hover', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as { contents?: { value?: string } | string } | null;
    if (!r?.contents) return '';
    return typeof r.contents === 'string' ? r.contents : (r.contents.value ?? '');
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.proc.kill(), 500).unref();
    }
  }
}
