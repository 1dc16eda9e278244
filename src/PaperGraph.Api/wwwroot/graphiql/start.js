// Starts GraphiQL against this server's /graphql endpoint (POST, application/json).
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var defaultQuery = '{\n  papers(search: "state space", first: 5) {\n    totalCount\n    edges { node { title } }\n  }\n}\n';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery, defaultEditorToolsVisibility: false }));
})();
