// Kept apart from serve.ts so that `hoso --help` does not load the server and its databases.
export const serveUsage =
  'hoso serve [--port 8080] [--host 127.0.0.1] [--data-dir .hoso-data] [--officers officers.json] [--publish <definition.json|folder>]... [--designer designer/dist/app] [--portal examples/demo-portal/dist] [--allow-origin <origin>]...';
