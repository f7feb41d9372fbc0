// Hoso in an Express app (npm i express @hoso/server). The handler reads the raw body itself,
// so mount it before any body parser.
import express from 'express';
import { readFile } from 'node:fs/promises';
import { createSubmissionHandler } from '@hoso/server';

const definition = JSON.parse(
  await readFile(process.env.DEFINITION ?? './definition.json', 'utf8'),
);
const submissions = createSubmissionHandler(definition);

const app = express();
app.post('/submit', (req, res) => submissions.listener(req, res));
app.listen(3000, () => console.log('listening on http://localhost:3000/submit'));
