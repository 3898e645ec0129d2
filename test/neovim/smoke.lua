local out = {}
local function log(s) table.insert(out, s) end
-- Manual second-client check (Neovim 0.7 from Debian), run from the repo root:
--   nvim --headless -u test/neovim/smoke.lua; cat /tmp/lawcite-nvim-smoke.txt
local repo = vim.fn.getcwd()
local root = repo .. '/test/fixtures/server/workspace'
local client_id = vim.lsp.start_client({
  name = 'lawcite',
  cmd = { 'node', repo .. '/bin/lawcite-language-server.js', '--stdio' },
  root_dir = root,
  settings = { lawcite = { diagnostics = { arabicNumerals = 'warning' } } },
})
vim.cmd('edit ' .. root .. '/drafts/notice.md')
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(10000, function() return #vim.diagnostic.get(0) >= 4 end, 100)
log('diagnostics: ' .. #vim.diagnostic.get(0) .. ' ' .. tostring(ok))
for _, d in ipairs(vim.diagnostic.get(0)) do log('  ' .. d.lnum .. ':' .. d.col .. ' ' .. d.message) end
-- line 5 (1-based) holds 《…》第六条第二款; put the cursor on 第六条 (byte column of "第六条")
local line = vim.api.nvim_buf_get_lines(0, 4, 5, false)[1]
local col = line:find('第六条', 1, true) - 1
vim.api.nvim_win_set_cursor(0, { 5, col + 3 })
local params = vim.lsp.util.make_position_params()
local res = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000)
for _, r in pairs(res or {}) do
  if r.result then log('hover: ' .. string.sub(r.result.contents.value, 1, 300)) end
end
vim.lsp.buf.definition()
vim.wait(5000, function() return vim.api.nvim_buf_get_name(0):find('corpus') ~= nil end, 100)
local cur = vim.api.nvim_win_get_cursor(0)
log('after definition: ' .. vim.api.nvim_buf_get_name(0) .. ' line ' .. cur[1])
log('line text: ' .. vim.api.nvim_get_current_line():sub(1, 60))
vim.fn.writefile(out, '/tmp/lawcite-nvim-smoke.txt')
vim.cmd('qa!')
