// A portal back end with nothing but node:http: POST a submission (JSON, or multipart with
// files) to /submit and get the same verdict the citizen saw in the browser.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createSubmissionHandler } from '@hoso/server';

const definitionFile =
  process.env.DEFINITION ??
  new URL(
    '../procedures/1.009972-cap-giay-phep-xay-dung-nha-o-rieng-le/definition.json',
    import.meta.url,
  );
const definition = JSON.parse(await readFile(definitionFile, 'utf8'));
const submissions = createSubmissionHandler(definition);

const server = createServer((req, res) => {
  if (req.url === '/submit') return submissions.listener(req, res);
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/submit`);
});
