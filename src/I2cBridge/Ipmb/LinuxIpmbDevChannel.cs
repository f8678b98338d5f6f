using I2cBridge.Linux.Interop;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Ipmb;

/// <summary>
/// IPMB through the Linux ipmb_dev_int driver's /dev/ipmb-N: the kernel owns our slave address and queues frames
/// written to it; we write length-prefixed records (<see cref="IpmbDevMessage"/>). Reads wait with poll(2) in short
/// slices so cancellation and disposal are honoured.
/// </summary>
public sealed class LinuxIpmbDevChannel : IIpmbChannel
{
    private static readonly TimeSpan PollSlice = TimeSpan.FromMilliseconds(100);
    private readonly SafeFileHandle _handle;
    private readonly SemaphoreSlim _reading = new(1, 1);

    public LinuxIpmbDevChannel(int busId, string? devicePath = null)
    {
        BusId = busId;
        DevicePath = devicePath ?? $"/dev/ipmb-{busId}";
        try
        {
            _handle = File.OpenHandle(DevicePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new I2cException(I2cFailure.Io, busId, -1, $"Cannot open {DevicePath}: {e.Message}", e);
        }
    }

    public int BusId { get; }

    public string DevicePath { get; }

    public unsafe ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        Span<byte> record = stackalloc byte[IpmbDevMessage.MaxLength];
        var n = IpmbDevMessage.WriteTo(frame.Span, record);
        fixed (byte* p = record)
        {
            if (Libc.Write(_handle, p, (nuint)n) < 0)
                throw Linux.I2cErrno.ToException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), BusId, frame.Span[0] >> 1, "write to " + DevicePath);
        }
        return ValueTask.CompletedTask;
    }

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => ReceiveBlocking(buffer, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _reading.Release();
        }
    }

    private unsafe int ReceiveBlocking(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var record = new byte[IpmbDevMessage.MaxLength];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!WaitReadable())
                continue;
            nint n;
            fixed (byte* p = record)
                n = Libc.Read(_handle, p, (nuint)record.Length);
            if (n < 0)
                throw Linux.I2cErrno.ToException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), BusId, -1, "read from " + DevicePath);
            if (!IpmbDevMessage.TryParse(record.AsSpan(0, (int)n), out var frame))
                continue;
            var length = Math.Min(frame.Length, buffer.Length);
            frame[..length].CopyTo(buffer.Span);
            return length;
        }
    }

    private unsafe bool WaitReadable()
    {
        var added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            var fds = new PollFd { fd = (int)_handle.DangerousGetHandle(), events = Libc.POLLIN };
            return Libc.Poll(&fds, 1, (int)PollSlice.TotalMilliseconds) > 0;
        }
        finally
        {
            if (added)
                _handle.DangerousRelease();
        }
    }

    public ValueTask DisposeAsync()
    {
        _handle.Dispose();
        _reading.Dispose();
        return ValueTask.CompletedTask;
    }
}
