using System.Collections.Concurrent;
using System.Net;
using Ipmi.Lan.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Ipmi.Lan.Tests.Interop;

/// <summary>A <see cref="UdpListener"/> started in-process on 127.0.0.1, port 0, with its log lines collected.</summary>
public sealed class ListenerHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private ListenerHost(LanFixture fixture, LogCollector logs)
    {
        Fixture = fixture;
        Logs = logs;
    }

    public LanFixture Fixture { get; }
    public LogCollector Logs { get; }
    public IPEndPoint EndPoint { get; private set; } = null!;
    public int Port => EndPoint.Port;

    public static async Task<ListenerHost> StartAsync(Action<LanOptions>? configure = null)
    {
        var logs = new LogCollector();
        var host = new ListenerHost(new LanFixture(configure, logs: logs), logs);
        await host.Fixture.Listener.StartAsync(host._stop.Token);
        host.EndPoint = await host.Fixture.Listener.Bound.WaitAsync(TimeSpan.FromSeconds(5));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Fixture.Listener.StopAsync(CancellationToken.None);
        Fixture.Dispose();
        _stop.Dispose();
    }
}

/// <summary>Collects formatted log messages.</summary>
public sealed class LogCollector : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Collector(this);

    public void Dispose()
    {
    }

    private sealed class Collector(LogCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Messages.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)}");
    }
}
