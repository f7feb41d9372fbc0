// Hoso in a Fastify app (npm i fastify @hoso/server), through the framework-neutral
// `handle`: Fastify keeps its own reply object, Hoso reads the raw request stream.
import Fastify from 'fastify';
import { readFile } from 'node:fs/promises';
import { createSubmissionHandler } from '@hoso/server';

const definition = JSON.parse(
  await readFile(process.env.DEFINITION ?? './definition.json', 'utf8'),
);
const submissions = createSubmissionHandler(definition);

const app = Fastify();
// Let Hoso parse every body: its parser refuses JSON that readers would disagree on.
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', (_request, _payload, done) => done(null));
app.post('/submit', async (request, reply) => {
  const { response } = await submissions.handle({
    method: request.method,
    headers: request.headers,
    body: request.raw,
  });
  reply.code(response.status).headers(response.headers).send(response.body);
});
await app.listen({ port: 3000 });
