using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan;

/// <summary>
/// The UDP face of the LAN channel (RMCP, IPMI v2.0 §13.1): binds in <see cref="Bind"/> or <see cref="StartAsync"/> (a
/// bind failure is a <see cref="LanBindException"/> naming the address and port), logs
/// <c>Listening on {address}:{port}</c>, then runs <see cref="LanOptions.ReceiveLoops"/> receive threads,
/// each with its own pooled buffers and reusable <see cref="SocketAddress"/>, handing datagrams to the
/// <see cref="DatagramProcessor"/>. Cancellation ends the loops normally.
/// </summary>
/// <remarks>
/// The threads block in <c>recvfrom</c> and answer with <c>sendto</c> on the same thread whenever the
/// processor completes synchronously — the session layer always does, and so does every command answered
/// from memory. The kernel wakes one blocked thread per datagram; there is no epoll registration and no
/// thread-pool hop, which costs several times the processing itself on a small BMC-class machine
/// (bench/README.md). A datagram whose command awaits (the I2C bus) is finished on the thread pool with
/// the loop's buffers, and the loop carries on with fresh ones. The socket only ever sees synchronous
/// calls, so it stays in blocking mode.
/// </remarks>
public sealed partial class UdpListener(DatagramProcessor processor, IOptions<LanOptions> options, ILogger<UdpListener> logger) : BackgroundService
{
    private const int ReceiveBufferSize = DatagramProcessor.MaxDatagram + 1;

    private readonly LanOptions _options = options.Value;
    private readonly TaskCompletionSource<IPEndPoint> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _bindLock = new();
    private Socket? _socket;

    /// <summary>The endpoint actually bound (the ephemeral port when <see cref="LanOptions.Port"/> is 0).</summary>
    public Task<IPEndPoint> Bound => _bound.Task;

    /// <summary>
    /// Binds the socket now (the host calls it from <see cref="StartAsync"/> otherwise), so a program can report an
    /// address in use before anything else starts. Idempotent.
    /// </summary>
    /// <exception cref="LanBindException">The address and port cannot be bound.</exception>
    public IPEndPoint Bind()
    {
        lock (_bindLock)
        {
            if (_socket is not null)
                return (IPEndPoint)_socket.LocalEndPoint!;
            var address = IPAddress.Parse(_options.Address);
            var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.Bind(new IPEndPoint(address, _options.Port));
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                var error = new LanBindException(address, _options.Port, exception);
                _bound.TrySetException(error);
                throw error;
            }
            _socket = socket;
            var local = (IPEndPoint)socket.LocalEndPoint!;
            logger.Listening(local.Address, local.Port);
            _bound.TrySetResult(local);
            return local;
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Bind();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var socket = _socket!;
        var local = (IPEndPoint)socket.LocalEndPoint!;
        // Closing the socket unblocks the threads waiting in recvfrom (.NET shuts it down first).
        await using var registration = stoppingToken.Register(socket.Dispose).ConfigureAwait(false);
        try
        {
            var loops = Enumerable.Range(0, Math.Max(1, _options.ReceiveLoops))
                .Select(i => StartReceiveThread(socket, local, i, stoppingToken));
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        finally
        {
            socket.Dispose();
            logger.Stopped(local);
        }
    }

    private Task StartReceiveThread(Socket socket, IPEndPoint local, int index, CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                ReceiveLoop(socket, local, stoppingToken);
                done.SetResult();
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = $"IPMI LAN receive {index}",
        };
        thread.Start();
        return done.Task;
    }

    private void ReceiveLoop(Socket socket, IPEndPoint local, CancellationToken stoppingToken)
    {
        var receive = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize);
        var reply = ArrayPool<byte>.Shared.Rent(DatagramProcessor.MaxDatagram);
        var address = new SocketAddress(socket.AddressFamily);
        var remotes = new RemoteEndPoints(local);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int received;
                try
                {
                    received = socket.ReceiveFrom(receive.AsSpan(0, ReceiveBufferSize), SocketFlags.None, address);
                }
                catch (Exception exception) when (stoppingToken.IsCancellationRequested && exception is SocketException or ObjectDisposedException)
                {
                    return;
                }
                catch (SocketException exception)
                {
                    logger.ReceiveFailed(local, exception);
                    continue;
                }
                var remote = remotes.For(address);
                ValueTask<int> pending;
                try
                {
                    pending = processor.ProcessAsync(receive.AsMemory(0, received), reply, remote, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.ProcessingFailed(remote, exception);
                    continue;
                }
                if (!pending.IsCompleted)
                {
                    _ = FinishAsync(socket, local, pending, remote, address, receive, reply);
                    receive = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize);
                    reply = ArrayPool<byte>.Shared.Rent(DatagramProcessor.MaxDatagram);
                    address = new SocketAddress(socket.AddressFamily);
                    continue;
                }
                int length;
                try
                {
                    length = pending.GetAwaiter().GetResult();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.ProcessingFailed(remote, exception);
                    continue;
                }
                if (length > 0)
                    Send(socket, local, reply.AsSpan(0, length), address);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: a normal exit.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(receive);
            ArrayPool<byte>.Shared.Return(reply);
        }
    }

    /// <summary>The slow path: a command that awaits. The buffers and the address are this call's now; it returns them when done.</summary>
    private async Task FinishAsync(Socket socket, IPEndPoint local, ValueTask<int> pending, IPEndPoint remote, SocketAddress address, byte[] receive, byte[] reply)
    {
        try
        {
            var length = await pending.ConfigureAwait(false);
            if (length > 0)
                Send(socket, local, reply.AsSpan(0, length), address);
        }
        catch (OperationCanceledException)
        {
            // Shutdown while the command waited: no reply.
        }
        catch (Exception exception)
        {
            logger.ProcessingFailed(remote, exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(receive);
            ArrayPool<byte>.Shared.Return(reply);
        }
    }

    private void Send(Socket socket, IPEndPoint local, ReadOnlySpan<byte> datagram, SocketAddress address)
    {
        try
        {
            socket.SendTo(datagram, SocketFlags.None, address);
        }
        catch (SocketException exception)
        {
            logger.ReceiveFailed(local, exception);
        }
        catch (ObjectDisposedException)
        {
            // Stopped meanwhile: the console will retry elsewhere or give up.
        }
    }

    public override void Dispose()
    {
        _socket?.Dispose();
        base.Dispose();
    }
}
