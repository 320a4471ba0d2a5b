import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createStudioApi } from './api/client';
import { isHubMode } from './api/hub-client';
import { App } from './App';
import { HubApp } from './hub/HubApp';
import './styles/app.css';

// one bundle, two hosts: the studio (IPC or browser mode) or the curation hub, which marks its page
createRoot(document.getElementById('root')!).render(<StrictMode>{isHubMode() ? <HubApp /> : <App api={createStudioApi()} />}</StrictMode>);
