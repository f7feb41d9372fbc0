// The elements are registered before Vue mounts, so Vue sets their properties, not attributes.
import '@hoso/elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
