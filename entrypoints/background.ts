export default defineBackground(() => {
  // Feed refresh and change notifications arrive with the extension issue.
});
