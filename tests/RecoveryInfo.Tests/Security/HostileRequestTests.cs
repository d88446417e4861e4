using System.Text;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Security;
using Xunit.Abstractions;

namespace RecoveryInfo.Tests.Security;

/// <summary>
/// Strangers' requests on a real port: odd methods, Kestrel's limits, and a seeded fuzz run of
/// thousands of generated requests. None may get a 5xx; each limit answers with its own status.
/// </summary>
[Collection(KestrelFixtureSiteCollection.Name)]
public sealed class HostileRequestTests(KestrelFixtureSite site, ITestOutputHelper output)
{
    /// <summary>
    /// Fixed so a failure reproduces; a failure names the request. To explore further, set
    /// RECOVERYINFO_FUZZ_SEED and RECOVERYINFO_FUZZ_COUNT.
    /// </summary>
    private static readonly int _seed = FromEnvironment("RECOVERYINFO_FUZZ_SEED", 20260909);
    private static readonly int _requestCount = FromEnvironment("RECOVERYINFO_FUZZ_COUNT", 3_000);

    [Theory]
    [InlineData("POST", "/beta/first")]
    [InlineData("PUT", "/beta/first")]
    [InlineData("DELETE", "/beta/first")]
    [InlineData("PATCH", "/")]
    [InlineData("OPTIONS", "/beta")]
    [InlineData("TRACE", "/beta/first")]
    [InlineData("PROPFIND", "/")]
    [InlineData("MKCOL", "/new")]
    [InlineData("PUT", "/css/site.css")]
    [InlineData("DELETE", "/nowhere")]
    [InlineData("POST", "/search?q=x")]
    public async Task Methods_other_than_GET_and_HEAD_get_405_with_an_Allow_header(string method, string target)
    {
        var answer = await RawHttp.SendAsync(site.Port,
            $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");

        Assert.NotNull(answer);
        Assert.Equal(405, answer.Status);
        Assert.Equal(ReadOnlyMethodsMiddleware.Allowed, answer.Header("Allow"));
        Assert.DoesNotContain("TRACE", answer.Body);
        Assert.DoesNotContain("hello", answer.Body);
    }

    [Fact]
    public async Task An_encoded_line_break_in_the_path_cannot_forge_a_log_line()
    {
        var marker = Guid.NewGuid().ToString("N");

        var answer = await RawHttp.SendAsync(site.Port, $"GET /beta%0d%0a[00:00:00%20INF]%20{marker} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Equal(404, answer?.Status);
        var logged = Assert.Single(site.Logs.Messages, message => message.Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\r', logged);
        Assert.Contains("\\x0d\\x0a", logged);
    }

    [Fact]
    public async Task A_request_line_over_the_limit_gets_414()
    {
        var target = "/" + new string('a', RequestLimits.MaxRequestLineBytes);

        var answer = await RawHttp.SendAsync(site.Port, $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        Assert.Equal(414, answer?.Status);
    }

    [Fact]
    public async Task Headers_over_the_size_limit_get_431()
    {
        var huge = new string('x', RequestLimits.MaxRequestHeadersBytes + 1);

        var answer = await RawHttp.SendAsync(site.Port, $"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: {huge}\r\nConnection: close\r\n\r\n");

        Assert.Equal(431, answer?.Status);
    }

    [Fact]
    public async Task Too_many_headers_get_431()
    {
        var many = string.Concat(Enumerable.Range(0, RequestLimits.MaxRequestHeaderCount + 1).Select(i => $"X-Extra-{i}: {i}\r\n"));

        var answer = await RawHttp.SendAsync(site.Port, $"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{many}Connection: close\r\n\r\n");

        Assert.Equal(431, answer?.Status);
    }

    [Fact]
    public async Task Thousands_of_generated_hostile_requests_never_get_a_5xx()
    {
        var random = new Random(_seed);
        var requests = Enumerable.Range(0, _requestCount).Select(index => HostileRequest.Generate(random, index)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            var answer = await RawHttp.SendAsync(site.Port, request.Bytes, TimeSpan.FromSeconds(60));
            statuses.AddOrUpdate(answer?.Status ?? 0, 1, (_, count) => count + 1);
            var problem = request.Judge(answer);
            if (problem is not null)
            {
                failures.Add($"#{request.Index} {problem}: {request.Describe()}");
            }
        });

        output.WriteLine($"seed {_seed}, {_requestCount} requests: " + string.Join(", ", statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}×{pair.Value}")));
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {_requestCount} requests were answered wrongly (seed {_seed}); first: {failures.FirstOrDefault()}");
        var healthy = await RawHttp.SendAsync(site.Port, "GET /beta/first HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Assert.Equal(200, healthy?.Status);
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    /// <summary>One generated request and what the site must answer to it.</summary>
    private sealed record HostileRequest(int Index, string Method, string Target, string Host, IReadOnlyList<string> Headers, string Body)
    {
        private static readonly string[] _segments =
        [
            "beta", "first", "Beta", "FIRST", "alpha", "only", "broken", "draft", "status", "404", "500", "429", "search",
            "css", "site.css", "favicon.svg", "healthz", "README.md", "site.yml", "_topic.yml", "appsettings.json",
            ".git", ".env", "web.config", "bin", "obj", "etc", "passwd", "first.md", "first/", "old", "first-article",
            ".", "..", "...", "%2e", "%2E%2e", ".%2e", "%2e%2e%2f", "%2e%2e%5c", "%252e%252e", "%c0%ae%c0%ae", "%e0%80%ae",
            "..%5c", "%5c", "\\", "..\\..", "..;", ";", "%3b", "", "~", "@", ":", "*", "%2f", "%2F%2F",
            "%", "%%", "%zz", "%f", "%ff", "%fe%ff", "%80", "%c3", "%c3%28", "%e2%82", "%f0%9f%92", "%ed%a0%80", "%f4%90%80%80",
            "%00", "%0a", "%0d%0a", "%09", "%7f", "%20", "+", "%e6%88%92", "%c3%a9", "%e2%80%ae", "%e2%80%8b",
            "\u0001", "\u001f", "\u007f", "\t", "\0", "\u00e9", "\u00ff", " ",
        ];

        private static readonly string[] _oddMethods =
        [
            "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE",
            "LOCK", "UNLOCK", "SEARCH", "PURGE", "FOO", "get", "Get",
        ];

        private static readonly string[] _oddHosts =
        [
            "evil.example", "", "127.0.0.1:99999", "[::1]", "localhost", "LOCALHOST", "127.0.0.1.", "a b", "127.0.0.1@evil.example",
            "evil.example:80", "%31%32%37.0.0.1", "[::ffff:127.0.0.1]", new string('h', 300),
        ];

        private static readonly string[] _extraHeaders =
        [
            "Cookie: session=1; __Host-x=\u00ff", "Accept-Language: ;q=;;,,*", "X-Forwarded-For: 1.2.3.4, nonsense, ::1",
            "X-Forwarded-Proto: javascript", "X-Forwarded-Host: evil.example", "Range: bytes=0-0,1-1,2-2,3-3,4-4,5-5,0-",
            "If-None-Match: \"", "If-Modified-Since: yesterday", "Accept-Encoding: br;q=2, gzip;q=-1, *",
            "Expect: 100-continue", "Referer: javascript:alert(1)", "User-Agent: \u0001\u0002", "Accept: */*;q=x",
            "Content-Type: multipart/form-data; boundary=", "Transfer-Encoding: chunked, identity", "X-HTTP-Method-Override: DELETE",
            "Upgrade: websocket", "Connection: Upgrade", "Origin: null", "Authorization: Basic AAAA",
        ];

        public byte[] Bytes => Encoding.UTF8.GetBytes(Text);

        private string Text =>
            $"{Method} {Target} HTTP/1.1\r\n"
            + (Host == "(none)" ? "" : $"Host: {Host}\r\n")
            + string.Concat(Headers.Select(header => header + "\r\n"))
            + (Body.Length > 0 ? $"Content-Length: {Encoding.UTF8.GetByteCount(Body)}\r\n" : "")
            + "Connection: close\r\n\r\n" + Body;

        private int RequestLineBytes => Encoding.UTF8.GetByteCount($"{Method} {Target} HTTP/1.1\r\n");

        private int HeaderBytes => Encoding.UTF8.GetByteCount(Text) - RequestLineBytes - Encoding.UTF8.GetByteCount(Body);

        private bool CleanTarget => Target.Length > 0 && Target.All(character => character is > ' ' and < '\u007f') && !Target.Contains("%00", StringComparison.Ordinal);

        private bool CleanHost => Host is "127.0.0.1" or "localhost";

        public static HostileRequest Generate(Random random, int index)
        {
            var method = random.Next(10) switch
            {
                < 6 => "GET",
                6 => "HEAD",
                _ => _oddMethods[random.Next(_oddMethods.Length)],
            };

            var target = random.Next(20) switch
            {
                0 => "*",
                1 => "http://evil.example/beta/first",
                2 => "/" + new string('a', random.Next(1, 3) * RequestLimits.MaxRequestLineBytes / 2 + random.Next(100)),
                _ => Path(random) + Query(random),
            };

            var host = random.Next(10) == 0 ? _oddHosts[random.Next(_oddHosts.Length)] : random.Next(30) == 0 ? "(none)" : "127.0.0.1";
            var headers = new List<string>();
            for (var count = random.Next(4); count > 0; count--)
            {
                headers.Add(_extraHeaders[random.Next(_extraHeaders.Length)]);
            }

            switch (random.Next(25))
            {
                case 0:
                    headers.Add("X-Huge: " + new string('x', RequestLimits.MaxRequestHeadersBytes + random.Next(1, 20_000)));
                    break;
                case 1:
                    headers.AddRange(Enumerable.Range(0, RequestLimits.MaxRequestHeaderCount + random.Next(1, 50)).Select(i => $"X-Many-{i}: {i}"));
                    break;
                default:
                    break;
            }

            var body = method is "GET" or "HEAD" || random.Next(2) == 0 ? "" : new string('b', random.Next(1, 4_000));
            return new HostileRequest(index, method, target, host, headers, body);
        }

        /// <returns>Null when the answer is right for this request, otherwise what is wrong with it.</returns>
        public string? Judge(RawHttp.Answer? answer)
        {
            if (answer is null)
            {
                return "no answer";
            }

            if (answer.Status >= 500)
            {
                return $"answered {answer.Status}";
            }

            var validMethod = Method.All(char.IsAsciiLetterUpper);
            if (CleanTarget && validMethod && RequestLineBytes > RequestLimits.MaxRequestLineBytes)
            {
                return answer.Status == 414 ? null : $"answered {answer.Status}, expected 414 for a {RequestLineBytes}-byte request line";
            }

            // Kestrel answers an asterisk-form target ("GET *") with 405 before it reads any header.
            if (CleanTarget && validMethod && Target != "*" && HeaderBytes > RequestLimits.MaxRequestHeadersBytes + 100)
            {
                return answer.Status == 431 ? null : $"answered {answer.Status}, expected 431 for {HeaderBytes} bytes of headers";
            }

            // Only plain requests: an absolute-form target names its own host, and odd extra headers
            // (a bad Transfer-Encoding) rightly get 400 first.
            if (CleanTarget && validMethod && CleanHost && Headers.Count == 0 && Target.StartsWith('/') && Method is not ("GET" or "HEAD"))
            {
                return answer.Status == 405 && answer.Header("Allow") == ReadOnlyMethodsMiddleware.Allowed
                    ? null
                    : $"answered {answer.Status} (Allow: {answer.Header("Allow")}), expected 405 with Allow";
            }

            return answer.Body.Contains("   at ", StringComparison.Ordinal) || answer.Body.Contains("Exception", StringComparison.Ordinal)
                ? "the answer shows exception details"
                : null;
        }

        public string Describe()
        {
            var line = $"{Method} {Target} HTTP/1.1";
            var shown = line.Length > 300 ? line[..300] + $"… ({line.Length} chars)" : line;
            return Escape(shown) + $" | Host: {Escape(Host.Length > 60 ? Host[..60] + "…" : Host)} | {Headers.Count} extra header(s), {HeaderBytes} header bytes, body {Body.Length}";
        }

        private static string Escape(string text) =>
            string.Concat(text.Select(character => character is < ' ' or '\u007f' ? $"\\x{(int)character:x2}" : character.ToString()));

        private static string Path(Random random)
        {
            var path = new StringBuilder();
            for (var count = random.Next(1, 6); count > 0; count--)
            {
                path.Append('/');
                path.Append(random.Next(12) == 0 ? new string('s', random.Next(200, 3_000)) : _segments[random.Next(_segments.Length)]);
            }

            return random.Next(6) switch
            {
                0 => path.Append('/').ToString(),
                1 => path.Append(".md").ToString(),
                2 => "/" + path,
                _ => path.ToString(),
            };
        }

        private static string Query(Random random)
        {
            if (random.Next(3) == 0)
            {
                return "";
            }

            var query = new StringBuilder("?");
            for (var count = random.Next(1, 5); count > 0; count--)
            {
                var key = random.Next(3) == 0 ? "q" : _segments[random.Next(_segments.Length)];
                var value = random.Next(8) == 0 ? new string('v', random.Next(100, 2_000)) : _segments[random.Next(_segments.Length)];
                query.Append(key).Append('=').Append(value).Append(random.Next(4) == 0 ? "&&" : "&");
            }

            return query.ToString();
        }
    }
}
