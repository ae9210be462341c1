import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '../app/app.css';
import './embed.css';
import { startApp } from '../i18n/start-app.tsx';
import { EmbedApp } from './embed-app.tsx';

startApp(<EmbedApp />);
