// SurveyJS (survey-core + survey-js-ui): one model, rendered into the page; validate(true)
// shows every question's errors.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
// The theme without its web-font import (no network here).
import 'survey-core/survey-core.fontless.min.css';
import { runBenchPage } from '../harness.mjs';

/** @type {any} */
let survey;
/** @type {HTMLElement} */
let root;

const question = (key) => root?.querySelector(`[data-name="${key}"]`);

runBenchPage('surveyjs', {
  render(container, json) {
    root = container;
    survey = new Model(json);
    renderSurvey(survey, container);
  },
  field: question,
  control: (key) => question(key)?.querySelector('input, textarea'),
  errorShown: (key) => !!question(key)?.querySelector('[aria-invalid="true"]'),
  validateAll: () => survey.validate(true, false),
});
