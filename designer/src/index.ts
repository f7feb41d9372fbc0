export { HosoDesigner } from './app/designer-app.js';
export { Modeling, COMMANDS, createCommandStack } from './features/modeling/modeling.js';
export { CommandStack, type CommandHandler } from './features/modeling/command-stack.js';
export {
  fromLogic,
  toLogic,
  type Condition,
  type Clause,
} from './features/rules/condition-model.js';
export { installCompiler } from './features/preview/compiler.js';
