"""Aliases of the deployment, security, architecture, practice, soft-skill and frontend ids.

Each row pins one surface form of one competency as postings and resumes write it, in English
or Indonesian, misspelled or not; the negative rows pin the ordinary words, neighbouring ideas
and denials that must not count.
Case tables only: tests/matcher/test_aliases.py runs them through the real matcher.
"""

from __future__ import annotations

import pytest

FOUND = [
    # deployment and cloud
    pytest.param(
        "deployment", "Experience deploying Django apps to production", id="deployment-en-verb"
    ),
    pytest.param(
        "deployment", "Mampu men-deploy aplikasi ke server staging", id="deployment-id-mendeploy"
    ),
    pytest.param(
        "deployment", "Automatisasi proses deploymentment ke server", id="deployment-typo"
    ),
    pytest.param(
        "docker", "Familiar with Dockerfile and docker compose", id="docker-compose-spaced"
    ),
    pytest.param("docker", "Memiliki pengalaman menggunakan Dokcer", id="docker-typo"),
    pytest.param("kubernetes", "Pernah mengelola cluster k8s di produksi", id="kubernetes-k8s"),
    pytest.param("kubernetes", "Paham Kubernetis dan Helm chart", id="kubernetes-typo"),
    pytest.param("kubernetes", "We run our services on OpenShift", id="kubernetes-openshift"),
    pytest.param(
        "containers", "Experience with microservices and containerization", id="containers-en"
    ),
    pytest.param("containers", "Memahami arsitektur layanan mikro", id="containers-id"),
    pytest.param("serverless", "Build serverless functions on AWS Lambda", id="serverless-lambda"),
    pytest.param("serverless", "Pengalaman dengan komputasi tanpa server", id="serverless-id"),
    pytest.param("ci-cd", "Set up CI/CD pipelines with GitHub Actions", id="ci-cd-en"),
    pytest.param("ci-cd", "Mengerti konsep Continues Integration", id="ci-cd-typo-continues"),
    pytest.param("ci-cd", "Memahami integrasi berkelanjutan dan Jenkins", id="ci-cd-id"),
    pytest.param("cloud-computing", "Experience with cloud-native applications", id="cloud-en"),
    pytest.param("cloud-computing", "Pernah memakai layanan komputasi awan", id="cloud-id"),
    pytest.param("aws", "Hands-on with EC2, S3 and RDS", id="aws-services"),
    pytest.param("google-cloud", "Data warehouse on BigQuery", id="google-cloud-bigquery"),
    pytest.param("azure", "Deploy to Microsoft Azure App Service", id="azure"),
    pytest.param(
        "virtualization", "Mengelola mesin virtual di VMware vSphere", id="virtualization-id"
    ),
    pytest.param("terraform", "Infrastructure as code with Terraform", id="terraform"),
    # security
    pytest.param(
        "web-security", "Knowledge of the OWASP Top 10 and secure coding", id="web-security-en"
    ),
    pytest.param(
        "web-security",
        "Memahami keamanan aplikasi web dan pencegahan peretasan",
        id="web-security-id",
    ),
    pytest.param("sql-injection", "Mampu menangkal serangan injeksi SQL", id="sql-injection-id"),
    pytest.param(
        "sql-injection", "Use prepared statements against SQL injection", id="sql-injection-en"
    ),
    pytest.param("xss", "Prevent cross site scripting in templates", id="xss-spaced"),
    pytest.param(
        "authentication",
        "Membuat sistem login dengan autentikasi dua faktor",
        id="authentication-id",
    ),
    pytest.param(
        "authentication", "Implemented single sign-on with OpenID Connect", id="authentication-sso"
    ),
    pytest.param(
        "authentication", "Experience with user authentification", id="authentication-typo"
    ),
    pytest.param(
        "authorization", "Mengatur hak akses dan manajemen pengguna", id="authorization-id"
    ),
    pytest.param(
        "authorization", "Role-based access control for the admin panel", id="authorization-rbac"
    ),
    pytest.param("oauth", "Login via OAuth 2.0 providers", id="oauth-version"),
    pytest.param("jwt", "Stateless auth with JSON Web Tokens", id="jwt-spelled-out"),
    pytest.param("encryption", "Mengenkripsi data sensitif dan memakai SSL", id="encryption-id"),
    # architecture and fundamentals
    pytest.param("server-side-logic", "Backend Developer (Golang)", id="server-side-logic-title"),
    pytest.param(
        "server-side-logic", "Menulis logika bisnis di sisi server", id="server-side-logic-id"
    ),
    pytest.param("server-side-logic", "Tips menjadi Bckend Developer", id="server-side-logic-typo"),
    pytest.param("server-architecture", "Strong grasp of distributed systems", id="server-arch-en"),
    pytest.param(
        "server-architecture", "Merancang arsitektur sistem yang terdistribusi", id="server-arch-id"
    ),
    pytest.param("caching", "Reduce load with Redis caching", id="caching-en"),
    pytest.param("caching", "Data produk di-cache selama lima menit", id="caching-id-dicache"),
    pytest.param(
        "performance-optimization", "Query optimization and performance tuning", id="perf-en"
    ),
    pytest.param("performance-optimization", "Mengoptimalkan performa aplikasi", id="perf-id"),
    pytest.param("scalability", "Design scalable services for high traffic", id="scalability-en"),
    pytest.param("scalability", "Sistem harus memiliki skalabilitas tinggi", id="scalability-id"),
    pytest.param(
        "data-structures", "Pemahaman struktur data dan algoritma", id="data-structures-id"
    ),
    pytest.param("algorithms", "Strong knowledge of algorithms", id="algorithms-en"),
    pytest.param("programming-paradigms", "Menguasai konsep OOP", id="paradigms-oop"),
    pytest.param(
        "programming-paradigms", "Paham pemrograman berorientasi objek", id="paradigms-id"
    ),
    pytest.param(
        "application-flow", "Mampu merancang alur aplikasi yang mudah dipahami", id="app-flow-id"
    ),
    pytest.param("application-flow", "Draw user flows and sequence diagrams", id="app-flow-en"),
    pytest.param("realtime", "Fitur notifikasi real-time dengan WebSocket", id="realtime"),
    # engineering practice
    pytest.param("git", "Version control with Git and Bitbucket", id="git-en"),
    pytest.param("git", "Terbiasa memakai sistem kontrol versi", id="git-id"),
    pytest.param("testing", "Writes unit tests and practises TDD", id="testing-en"),
    pytest.param("testing", "Melakukan pengujian aplikasi secara menyeluruh", id="testing-id"),
    pytest.param("testing", "Menulis unit tes untuk setiap fitur", id="testing-id-tes"),
    pytest.param("debugging", "Mampu melakukan debugging dan memperbaiki bug", id="debugging-id"),
    pytest.param("logging", "Centralised logging with the ELK stack", id="logging-en"),
    pytest.param("monitoring", "Monitoring dengan Prometheus dan Grafana", id="monitoring-tools"),
    pytest.param("monitoring", "Bertugas memantau server produksi", id="monitoring-id"),
    pytest.param("troubleshooting", "Troubleshoot production incidents", id="troubleshooting-en"),
    pytest.param("troubleshooting", "Mampu menangani gangguan server", id="troubleshooting-id"),
    pytest.param("dev-tools", "Nyaman bekerja di terminal dan VS Code", id="dev-tools"),
    pytest.param("cms", "Mengembangkan content management system (CMS)", id="cms"),
    pytest.param("wordpress", "Membuat plugin WordPress", id="wordpress"),
    pytest.param(
        "analytics-reporting", "Melaporkan analisis dan statistik pengunjung", id="analytics-id"
    ),
    pytest.param("open-source", "Active open source contributor", id="open-source"),
    pytest.param("agile-scrum", "Working in Scrum with two-week sprints", id="agile-scrum"),
    pytest.param("code-review", "Review kode rekan lewat merge request", id="code-review-id"),
    # soft skills
    pytest.param("analytical-thinking", "Strong analytical skills", id="analytical-en"),
    pytest.param(
        "analytical-thinking", "Memiliki kemampuan analitis yang baik", id="analytical-id"
    ),
    pytest.param("analytical-thinking", "Memiliki analisa yang kuat", id="analytical-id-analisa"),
    pytest.param("problem-solving", "Excellent problem solving skills", id="problem-solving-en"),
    pytest.param("problem-solving", "Mampu melakukan pemecahan masalah", id="problem-solving-id"),
    pytest.param(
        "problem-solving", "Solution-oriented and pragmatic", id="problem-solving-oriented"
    ),
    pytest.param("problem-solving", "Kemampuan pemecahan maslah", id="problem-solving-typo"),
    pytest.param("communication", "Komunikasi yang baik dengan tim", id="communication-id"),
    pytest.param("communication", "Mampu berkomunikasi dengan jelas", id="communication-id-verb"),
    pytest.param(
        "communication", "Excellent written and verbal communication", id="communication-en"
    ),
    pytest.param("communication", "You are a great communicator", id="communication-communicator"),
    pytest.param(
        "communication", "Soft skill: komunikasi, kepemimpinan", id="communication-skill-list"
    ),
    pytest.param("teamwork", "A true team player", id="teamwork-en"),
    pytest.param("teamwork", "Mampu bekerja dalam tim", id="teamwork-id"),
    pytest.param("teamwork", "Menjunjung kerja sama tim", id="teamwork-kerja-sama-tim"),
    pytest.param("teamwork", "Mampu bekerja secara mandiri", id="teamwork-mandiri"),
    pytest.param("teamwork", "Self-starter who can work independently", id="teamwork-independent"),
    pytest.param(
        "cross-team-collaboration", "Work closely with designers and QA", id="cross-team-en"
    ),
    pytest.param(
        "cross-team-collaboration", "Berkoordinasi dengan tim frontend", id="cross-team-id"
    ),
    pytest.param(
        "cross-team-collaboration", "Part of a cross-functional squad", id="cross-team-xfn"
    ),
    pytest.param(
        "cross-team-collaboration", "Bekerja sama dengan UI designer", id="cross-team-designer"
    ),
    pytest.param("continuous-learning", "Eager to learn new technologies", id="learning-en"),
    pytest.param("continuous-learning", "Memiliki keinginan belajar yang tinggi", id="learning-id"),
    pytest.param(
        "continuous-learning", "Suka belajar konsep dan teknologi baru", id="learning-id-tech"
    ),
    # frontend and mobile signals
    pytest.param("html", "Slicing desain ke HTML5", id="html5"),
    pytest.param("css", "Styling with SCSS and Tailwind CSS", id="css-scss"),
    pytest.param("react", "Frontend developer using React and Redux", id="react-with-context"),
    pytest.param("react", "Pengalaman dengan ReactJS", id="react-js"),
    pytest.param("angular", "Angular 15 developer", id="angular"),
    pytest.param("vue", "Membangun dashboard dengan Vue.js", id="vue"),
    pytest.param("ui-ux", "Membuat wireframe di Figma", id="ui-ux-figma"),
    pytest.param("ui-ux", "Memahami desain UI/UX dan pengalaman pengguna", id="ui-ux-id"),
    pytest.param("ui-ux", "Run usability testing sessions", id="ui-ux-usability-testing"),
    pytest.param("jquery", "DOM scripting with jQuery", id="jquery"),
    pytest.param("android", "Android developer (Kotlin)", id="android"),
    pytest.param("flutter", "Membuat aplikasi mobile dengan Flutter", id="flutter"),
    pytest.param("react-native", "Mobile apps in React Native", id="react-native"),
]


# No alias in these: the TF-IDF stage must recognise the description.
DESCRIBED = [
    pytest.param(
        "web-security",
        "Menjaga aplikasi agar terlindung dari serangan hacker",
        id="web-security-id",
    ),
    pytest.param(
        "caching",
        "Menyimpan hasil query yang sering dibaca di memori supaya lebih cepat",
        id="caching-id",
    ),
    pytest.param(
        "server-side-logic",
        "Menulis kode di server yang menjalankan aturan bisnis aplikasi",
        id="server-side-logic-id",
    ),
    pytest.param("xss", "Escaped user-submitted content before rendering it in pages", id="xss-en"),
    pytest.param(
        "troubleshooting",
        "Investigated outages and found their root cause",
        id="troubleshooting-en",
    ),
    pytest.param("data-structures", "Paham array, stack, queue, dan tree", id="data-structures-id"),
    pytest.param(
        "application-flow", "Menggambar alur fitur sebelum membuat kode", id="application-flow-id"
    ),
    pytest.param(
        "sql-injection", "Never concatenate user input into SQL strings", id="sql-injection-en"
    ),
]


NOT_FOUND = [
    pytest.param(
        "cloud-computing", "The keynote ended with a word cloud of feedback", id="word-cloud"
    ),
    pytest.param(
        "cloud-computing", "Google Cloud certified engineer", id="provider-is-not-generic-cloud"
    ),
    pytest.param("azure", "A villa by the azure sea", id="azure-colour"),
    pytest.param(
        "containers", "Mengatur kontainer pengiriman di pelabuhan", id="shipping-container-id"
    ),
    pytest.param(
        "containers", "Load the shipping containers onto the truck", id="shipping-container-en"
    ),
    pytest.param("aws", "Pendidikan minimal S3 bidang kimia", id="s3-doctorate"),
    pytest.param("serverless", "Use lambda expressions and streams in Java", id="java-lambda"),
    pytest.param("ci-cd", "Kerajinan tangan dari bamboo", id="bamboo-plant"),
    pytest.param("web-security", "Security guard for the night shift", id="security-guard"),
    pytest.param("web-security", "Dicari petugas keamanan gedung", id="keamanan-gedung"),
    pytest.param("web-security", "Active security clearance required", id="security-clearance"),
    pytest.param(
        "authorization", "We cannot sponsor employment authorization", id="employment-authorization"
    ),
    pytest.param(
        "server-side-logic",
        "Berkoordinasi terkait pembuatan API kepada backend",
        id="asking-backend-team",
    ),
    pytest.param(
        "server-architecture",
        "Define the firmware architecture of the device",
        id="firmware-architecture",
    ),
    pytest.param(
        "server-architecture", "Strong frontend architecture knowledge", id="frontend-architecture"
    ),
    pytest.param(
        "performance-optimization",
        "Performance-related bonus and above average pay",
        id="performance-pay",
    ),
    pytest.param(
        "performance-optimization",
        "Load and performance testing with JMeter",
        id="performance-testing-is-testing",
    ),
    pytest.param("scalability", "Salary scale depends on experience", id="salary-scale"),
    pytest.param(
        "algorithms", "Understand the Instagram algorithm for reach", id="social-media-algorithm"
    ),
    pytest.param("caching", "We use Redis as a message broker", id="redis-alone"),
    pytest.param("git", "Set up pipelines in GitLab CI", id="gitlab-ci-is-ci-cd"),
    pytest.param("testing", "Pregnancy testing and blood tests", id="medical-testing"),
    pytest.param("testing", "Tes darah dan pengujian laboratorium", id="pengujian-laboratorium"),
    pytest.param("testing", "Melakukan user testing untuk prototype", id="user-testing-is-ux"),
    pytest.param("monitoring", "Monitoring patients in the ward", id="patient-monitoring"),
    pytest.param("monitoring", "Memantau perkembangan proyek konstruksi", id="memantau-proyek"),
    pytest.param("logging", "Log in to the web app with Google", id="log-in"),
    pytest.param("dev-tools", "Punya ide kreatif untuk konten", id="ide-is-idea"),
    pytest.param("dev-tools", "Antar jemput di terminal bus", id="bus-terminal"),
    pytest.param(
        "configuration-management", "Chef at a seafood restaurant kitchen", id="kitchen-chef"
    ),
    pytest.param("communication", "Communication protocols between microservices", id="protocol"),
    pytest.param("communication", "Lulusan S1 Ilmu Komunikasi", id="communication-degree"),
    pytest.param(
        "communication", "Experience in communications middleware", id="communications-middleware"
    ),
    pytest.param(
        "web-security", "Fasilitas: BPJS dan keamanan kerja terjamin", id="job-security-id"
    ),
    pytest.param("git", "RIWAYAT HIDUP", id="riwayat-hidup-is-not-history-of-code"),
    pytest.param(
        "communication", "Jalur komunikasi aplikasi frontend dengan backend", id="jalur-komunikasi"
    ),
    pytest.param("teamwork", "Nasabah Bank Mandiri", id="bank-mandiri"),
    pytest.param("teamwork", "A great little independent market town", id="independent-town"),
    pytest.param(
        "teamwork",
        "Bekerja sama dengan tim UI untuk merancang tampilan",
        id="working-with-ui-is-cross-team",
    ),
    pytest.param("problem-solving", "The school is well resourced", id="resourced"),
    pytest.param(
        "analytical-thinking", "Google Analytics dashboards", id="analytics-is-not-analytical"
    ),
    pytest.param(
        "cross-team-collaboration", "Working closely with customers on site", id="customers"
    ),
    pytest.param("ui-ux", "Berkoordinasi dengan UX designer", id="coordinating-with-ux-designer"),
    pytest.param("react", "Able to react quickly to market changes", id="react-verb"),
    pytest.param("react", "Mobile apps in React Native", id="react-native-is-not-react"),
    pytest.param("angular", "Angular momentum of a spinning top", id="angular-physics"),
    pytest.param("flutter", "The flutter of butterfly wings", id="flutter-wings"),
    pytest.param(
        "css-frameworks", "We bootstrapped the startup without funding", id="bootstrap-startup"
    ),
    pytest.param("ios", "Configure Cisco IOS on routers", id="cisco-ios"),
]


DENIED = [
    pytest.param("kubernetes", "Tidak perlu pengalaman Kubernetes", id="kubernetes-tidak-perlu"),
    pytest.param("docker", "No Docker experience needed", id="docker-no"),
    pytest.param("aws", "AWS is not required for this role", id="aws-not-required"),
    pytest.param("testing", "Belum pernah menulis unit test", id="testing-belum"),
]


SHARED_SERVICES = [
    pytest.param("Clusters on GKE", {"kubernetes", "google-cloud"}, id="gke"),
    pytest.param("Functions on AWS Lambda", {"aws", "serverless"}, id="aws-lambda"),
    pytest.param("Clusters on Amazon EKS", {"aws", "kubernetes"}, id="eks"),
    pytest.param(
        "Automatisasi deployment dengan GitLab CI", {"ci-cd", "deployment"}, id="gitlab-ci-deploy"
    ),
    pytest.param(
        "Mengenal arsitektur microservice",
        {"containers", "server-architecture"},
        id="microservice-architecture",
    ),
]
