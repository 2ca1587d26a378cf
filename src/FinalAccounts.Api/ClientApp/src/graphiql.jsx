// GraphiQL for the final-accounts API, served at /graphiql (and at /graphql when a browser asks for a page).
// The cookbook's queries are in a side panel; /graphiql?recipe=<id> opens one, ?query=&variables= any query.
import './monaco-workers.js';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './graphiql-page.css';

const cookbook = JSON.parse(document.getElementById('cookbook-data')?.textContent ?? '[]');
const endpoint = document.body.dataset.endpoint ?? '/graphql';
const params = new URLSearchParams(window.location.search);
const recipe = cookbook.find((r) => r.id === params.get('recipe'));

function BookIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z" />
      <path d="M4 21V5M8 7h7M8 11h7" />
    </svg>
  );
}

function CookbookPanel() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { setOperationName } = useGraphiQLActions();
  const open = (r) => {
    queryEditor?.setValue(r.query);
    variableEditor?.setValue(r.variables ?? '');
    // The editor keeps the previous operation's name otherwise, and the server rightly refuses a name the document lacks.
    setOperationName(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(r.query)?.[1] ?? '');
  };
  return (
    <section className="cookbook-panel" aria-label="Cookbook">
      <div className="graphiql-doc-explorer-title">查询示例 · Cookbook</div>
      <p className="cookbook-hint">点一个问题，把它的查询放进编辑器，再点 ▶ 运行。<br />Pick a question to load its query, then press ▶ to run it.</p>
      <ol>
        {cookbook.map((r) => (
          <li key={r.id}>
            <button type="button" className="cookbook-recipe" data-recipe={r.id} onClick={() => open(r)}>
              <span className="zh">{r.title.zh}</span>
              <span className="en">{r.title.en}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

const cookbookPlugin = { title: '查询示例 Cookbook', icon: BookIcon, content: CookbookPanel };

function App() {
  return (
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: endpoint })}
      plugins={[cookbookPlugin]}
      visiblePlugin={cookbookPlugin}
      defaultQuery={cookbook[0]?.query}
      initialQuery={params.get('query') ?? recipe?.query}
      initialVariables={params.get('variables') ?? recipe?.variables ?? undefined}
    >
      <GraphiQL.Logo>
        <a className="home-link" href="/">决算开放数据 · Final accounts</a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')).render(<App />);
