using System.Runtime.InteropServices;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// A background thread that gives way to request threads whenever they want the processor, so
/// building the search index never starves page serving. On Linux .NET ignores
/// <see cref="Thread.Priority"/> (the default scheduler has one priority), so the thread raises its
/// own nice value instead, which the scheduler weighs: at nice 10 it gets about a tenth of the share
/// of a normal thread. Lowering one's own priority needs no privilege.
/// </summary>
internal static class LowPriorityThread
{
    /// <summary>Low enough to yield to requests, high enough that an idle machine still builds at full speed.</summary>
    public const int NiceValue = 10;

    private const int PriorityProcess = 0;

    public static void Start(Action work, string name)
    {
        var thread = new Thread(() =>
        {
            LowerCurrentThread();
            work();
        })
        {
            IsBackground = true,
            Name = name,
            Priority = ThreadPriority.BelowNormal,
        };
        thread.Start();
    }

    /// <summary>True when the current thread's nice value was raised (Linux only).</summary>
    internal static bool LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // On Linux the nice value belongs to the thread, and "who = 0" means the calling thread.
            return SetPriority(PriorityProcess, 0, NiceValue) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The thread's nice value as the kernel reports it, or null where there is no such thing.</summary>
    internal static int? CurrentNiceValue()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // The kernel's own record of the calling thread: /proc/thread-self/stat, field 19.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    // DllImport rather than LibraryImport: plain int arguments need no marshalling code, and LibraryImport would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);
}
