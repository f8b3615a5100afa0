import { createApp } from 'vue';
import 'spasm-widgets/define';
import FirstAid from './FirstAid.vue';

createApp(FirstAid).mount('#app');
