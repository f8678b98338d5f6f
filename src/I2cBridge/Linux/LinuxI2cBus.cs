using I2cBridge.Linux.Interop;
using Microsoft.Win32.SafeHandles;

namespace I2cBridge.Linux;

/// <summary>
/// An I2C adapter through the Linux i2c-dev interface (Documentation/i2c/dev-interface.rst), opened once and kept.
/// Raw transfers on an adapter with I2C_FUNC_I2C go through System.Device.I2c: one I2C_RDWR each, a write and a
/// read joined by a repeated START (<c>LinuxI2cBus.Rdwr.cs</c>). What that package does not offer stays our own
/// ioctl, on our own descriptor of the same node (<c>Linux/README.md</c> compares the two point by point):
/// <list type="bullet">
/// <item>I2C_FUNCS at open: the package probes it too but keeps the mask to itself; we choose the path by it and expose it.</item>
/// <item>I2C_SMBUS with I2C_SLAVE / I2C_SLAVE_FORCE and I2C_PEC: SMBus operations with the kernel's PEC; every transfer on an
/// adapter without I2C_FUNC_I2C (<see cref="LinuxSmbusPlan"/>; the package's fallback there, read()/write() after
/// I2C_SLAVE_FORCE, is refused by such an adapter and would put a STOP between write and read); and the address-only
/// probe as SMBus Quick, since the package sends no zero-length message (the kernel refuses an I2C_RDWR without one).</item>
/// <item>I2C_TIMEOUT and I2C_RETRIES: adapter-wide settings the package has no call for.</item>
/// </list>
/// </summary>
public sealed unsafe partial class LinuxI2cBus : I2cBus
{
    private readonly string _path;
    private readonly int _adapter;
    private readonly LinuxI2cBusOptions _options;
    private SafeFileHandle _handle;
    private int _boundAddress = -1;
    private bool _pecEnabled;

    public LinuxI2cBus(int busId, LinuxI2cBusOptions? options = null)
        : base(busId)
    {
        _options = options ?? new LinuxI2cBusOptions();
        _path = _options.DevicePath ?? $"/dev/i2c-{busId}";
        if (!I2cDevPath.TryGetAdapterNumber(_path, out _adapter))
            ThrowHelper.ThrowArgument(nameof(options), $"'{_path}' is not an i2c-dev node; expected /dev/i2c-N.");
        _handle = OpenAndProbe(out var functionality);
        Functionality = functionality;
        try
        {
            _rdwr = OpenRdwr(functionality);
        }
        catch
        {
            _handle.Dispose();
            throw;
        }
    }

    public string DevicePath => _path;

    /// <summary>What the adapter supports, from I2C_FUNCS at open.</summary>
    public LinuxI2cFunctionality Functionality { get; private set; }

    /// <summary>Reopens the device node: the only recovery user space has (bus-clear pulses are the adapter driver's).</summary>
    public override void Recover()
    {
        var fresh = OpenAndProbe(out var functionality);
        System.Device.I2c.I2cBus? rdwr;
        try
        {
            rdwr = OpenRdwr(functionality);
        }
        catch
        {
            fresh.Dispose();
            throw;
        }

        CloseRdwr();
        _rdwr = rdwr;
        var old = _handle;
        _handle = fresh;
        Functionality = functionality;
        _boundAddress = -1;
        _pecEnabled = false;
        old.Dispose();
    }

    protected override void WriteReadCore(int deviceAddress, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if (_rdwr is { } rdwr && (write.Length > 0 || read.Length > 0))
            TransferRdwr(rdwr, deviceAddress, write, read);
        else
            TransferAsSmbus(deviceAddress, write, read);
    }

    private SafeFileHandle OpenAndProbe(out LinuxI2cFunctionality functionality)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new I2cException(I2cFailure.Io, BusId, -1, $"Cannot open {_path}: {e.Message}", e);
        }

        try
        {
            nuint funcs = 0;
            Ioctl(handle, I2cDev.I2C_FUNCS, &funcs, -1, "I2C_FUNCS");
            functionality = (LinuxI2cFunctionality)(uint)funcs;
            // Both are the adapter's (i2c-dev.c sets adapter->timeout / ->retries), so they hold for the package's descriptor too.
            if (_options.AdapterTimeout is { } timeout)
                Ioctl(handle, I2cDev.I2C_TIMEOUT, (void*)(nuint)Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds / 10)), -1, "I2C_TIMEOUT");
            if (_options.AdapterRetries is { } retries)
                Ioctl(handle, I2cDev.I2C_RETRIES, (void*)(nuint)retries, -1, "I2C_RETRIES");
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private void Ioctl(SafeFileHandle handle, nuint request, void* arg, int deviceAddress, string name)
    {
        if (Libc.Ioctl(handle, request, arg) < 0)
            throw I2cErrno.ToException(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), BusId, deviceAddress, name);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseRdwr();
            _handle.Dispose();
        }
        base.Dispose(disposing);
    }
}
