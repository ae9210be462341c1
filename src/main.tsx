import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './app/app.css';
import './app/explorer.css';
import { App } from './app/app.tsx';
import { startApp } from './i18n/start-app.tsx';

startApp(<App />);
